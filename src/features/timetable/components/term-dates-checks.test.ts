import { describe, expect, it } from 'vitest';

import type { DateParts } from '@/lib/date-parts';

import { checkTermDates, type TermFormRow } from './term-dates-checks';

function typed(day: string, month: string, year: string): DateParts {
  return { day, month, year };
}

// The 2026 to 2027 year, typed as a person would, without leading zeros.
function year2026(): TermFormRow[] {
  return [
    {
      academic_year: 2026,
      term: 1,
      starts_on: typed('2', '9', '2026'),
      half_term_starts_on: typed('26', '10', '2026'),
      half_term_ends_on: typed('30', '10', '2026'),
      ends_on: typed('18', '12', '2026'),
    },
    {
      academic_year: 2026,
      term: 2,
      starts_on: typed('5', '1', '2027'),
      half_term_starts_on: typed('15', '2', '2027'),
      half_term_ends_on: typed('19', '2', '2027'),
      ends_on: typed('26', '3', '2027'),
    },
    {
      academic_year: 2026,
      term: 3,
      starts_on: typed('12', '4', '2027'),
      half_term_starts_on: typed('31', '5', '2027'),
      half_term_ends_on: typed('4', '6', '2027'),
      ends_on: typed('21', '7', '2027'),
    },
  ];
}

describe('checkTermDates', () => {
  it('returns ISO rows for a valid year', () => {
    const { errors, rows } = checkTermDates(year2026());

    expect(errors).toEqual({});
    expect(rows).toEqual([
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
        starts_on: '2027-01-05',
        half_term_starts_on: '2027-02-15',
        half_term_ends_on: '2027-02-19',
        ends_on: '2027-03-26',
      },
      {
        academic_year: 2026,
        term: 3,
        starts_on: '2027-04-12',
        half_term_starts_on: '2027-05-31',
        half_term_ends_on: '2027-06-04',
        ends_on: '2027-07-21',
      },
    ]);
  });

  it('names an impossible date and compares nothing in its term', () => {
    const terms = year2026();
    // 31 September does not exist.
    terms[0]!.half_term_starts_on = typed('31', '9', '2026');

    const { errors, rows } = checkTermDates(terms);

    expect(errors).toEqual({
      'term-2026-1-half_term_starts_on-day': 'Autumn half-term starts must be a real date',
    });
    expect(rows).toBeNull();
  });

  it('names a partly filled date', () => {
    const terms = year2026();
    terms[1]!.ends_on = typed('26', '3', '');

    expect(checkTermDates(terms).errors).toEqual({
      'term-2026-2-ends_on-day': 'Spring last day must include a year',
    });
  });

  it('asks for an empty date', () => {
    const terms = year2026();
    terms[2]!.starts_on = typed('', '', '');

    expect(checkTermDates(terms).errors).toEqual({
      'term-2026-3-starts_on-day': 'Enter the summer term’s first day',
    });
  });

  it('compares real dates in order', () => {
    const terms = year2026();
    terms[0]!.half_term_starts_on = typed('1', '9', '2026');

    expect(checkTermDates(terms).errors).toEqual({
      'term-2026-1-half_term_starts_on-day':
        'The autumn half-term must start after the first day of term',
    });
  });

  it('compares a term with the one before', () => {
    const terms = year2026();
    terms[1]!.starts_on = typed('18', '12', '2026');

    expect(checkTermDates(terms).errors).toEqual({
      'term-2026-2-starts_on-day': 'The spring term must start after the previous term ends',
    });
  });
});
