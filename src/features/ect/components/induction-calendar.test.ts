import { describe, expect, it } from 'vitest';

import { inductionCalendar, termName } from './induction-calendar';

const terms = [
  { academic_year: 2025, term: 1, starts_on: '2025-09-03', ends_on: '2025-12-19' },
  { academic_year: 2025, term: 2, starts_on: '2026-01-05', ends_on: '2026-03-27' },
  { academic_year: 2025, term: 3, starts_on: '2026-04-13', ends_on: '2026-07-22' },
  { academic_year: 2026, term: 1, starts_on: '2026-09-03', ends_on: '2026-12-18' },
];

describe('inductionCalendar', () => {
  it('puts a full-time ECT’s reviews in terms 1, 2, 4, 5', () => {
    const entries = inductionCalendar('2025-09-01', 1, terms);

    expect(entries.map((entry) => [entry.academicYear, entry.term, entry.kind])).toEqual([
      [2025, 1, 'Progress review'],
      [2025, 2, 'Progress review'],
      [2025, 3, 'Formal assessment'],
      [2026, 1, 'Progress review'],
      [2026, 2, 'Progress review'],
      [2026, 3, 'Formal assessment'],
    ]);
    expect(entries[3].endsOn).toBe('2026-12-18');
    expect(entries[4].endsOn).toBeNull();
  });

  it('spreads a 0.6 FTE induction over ten terms', () => {
    const entries = inductionCalendar('2025-09-01', '0.60', terms);

    // ceil(k / 0.6) for k = 1..6: terms 2, 4, 5, 7, 9 and 10 of the induction.
    expect(entries.map((entry) => `${entry.academicYear}/${entry.term}`)).toEqual([
      '2025/2',
      '2026/1',
      '2026/2',
      '2027/1',
      '2027/3',
      '2028/1',
    ]);
  });

  it('names spring by its calendar year', () => {
    expect(termName(2026, 2)).toBe('Spring term 2027');
  });
});
