import { describe, expect, it } from 'vitest';

import { academicYearOf, easterSunday, typicalTermDates } from './typical-term-dates';

describe('easterSunday', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
  ])('%i is %s', (year, expected) => {
    expect(easterSunday(year).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('typicalTermDates', () => {
  it('follows the usual pattern for 2026 to 2027', () => {
    expect(typicalTermDates(2026)).toEqual([
      {
        academic_year: 2026,
        term: 1,
        starts_on: '2026-09-02',
        half_term_starts_on: '2026-10-26',
        half_term_ends_on: '2026-10-30',
        ends_on: '2026-12-18',
      },
      {
        academic_year: 2026,
        term: 2,
        starts_on: '2027-01-04',
        half_term_starts_on: '2027-02-15',
        half_term_ends_on: '2027-02-19',
        ends_on: '2027-03-25',
      },
      {
        academic_year: 2026,
        term: 3,
        starts_on: '2027-04-12',
        half_term_starts_on: '2027-05-31',
        half_term_ends_on: '2027-06-04',
        ends_on: '2027-07-22',
      },
    ]);
  });

  it.each([2024, 2025, 2027, 2028, 2029, 2030])(
    'keeps the order the database requires in %i',
    (year) => {
      const terms = typicalTermDates(year);
      for (const term of terms) {
        expect(term.starts_on < term.half_term_starts_on).toBe(true);
        expect(term.half_term_starts_on <= term.half_term_ends_on).toBe(true);
        expect(term.half_term_ends_on < term.ends_on).toBe(true);
      }
      expect(terms[0]!.ends_on < terms[1]!.starts_on).toBe(true);
      expect(terms[1]!.ends_on < terms[2]!.starts_on).toBe(true);
      expect(terms[0]!.starts_on >= `${year}-08-01`).toBe(true);
      expect(terms[2]!.ends_on <= `${year + 1}-08-31`).toBe(true);
    },
  );
});

it('starts the summer term after the early May bank holiday', () => {
  // Easter 2028 is 16 April, so two weeks after Easter Monday is Monday 1 May, a bank holiday.
  expect(typicalTermDates(2027)[2]?.starts_on).toBe('2028-05-02');
});

describe('academicYearOf', () => {
  it.each([
    ['2026-09-01', 2026],
    ['2026-08-31', 2025],
    ['2027-01-10', 2026],
  ])('%s is in %i', (day, year) => {
    expect(academicYearOf(day)).toBe(year);
  });
});
