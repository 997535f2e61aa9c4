import { describe, expect, it } from 'vitest';

import {
  checkDateParts,
  datePartsInError,
  EMPTY_DATE_PARTS,
  isoDateFromParts,
  partsFromIsoDate,
  type DateParts,
} from './date-parts';

function parts(day: string, month: string, year: string): DateParts {
  return { day, month, year };
}

describe('isoDateFromParts', () => {
  it.each([
    [parts('29', '2', '2028'), '2028-02-29'],
    [parts('29', '2', '2000'), '2000-02-29'],
    [parts('30', '4', '2026'), '2026-04-30'],
    [parts('31', '12', '2026'), '2026-12-31'],
    [parts('1', '9', '2026'), '2026-09-01'],
    [parts('01', '09', '2026'), '2026-09-01'],
    [parts(' 7 ', ' 3 ', ' 2027 '), '2027-03-07'],
  ])('reads %o as %s', (input, expected) => {
    expect(isoDateFromParts(input)).toBe(expected);
  });

  it.each([
    ['29 February in a common year', parts('29', '2', '2027')],
    ['29 February 1900, not a leap year', parts('29', '2', '1900')],
    ['31 April', parts('31', '4', '2026')],
    ['31 February', parts('31', '2', '2026')],
    ['day 0', parts('0', '5', '2026')],
    ['day 32', parts('32', '1', '2026')],
    ['month 0', parts('10', '0', '2026')],
    ['month 13', parts('10', '13', '2026')],
    ['a two-digit year', parts('10', '5', '26')],
    ['a five-digit year', parts('10', '5', '20266')],
    ['a year with a leading zero', parts('10', '5', '0226')],
    ['a three-digit day', parts('010', '5', '2026')],
    ['letters in the day', parts('1a', '5', '2026')],
    ['a month name', parts('10', 'May', '2026')],
    ['a sign', parts('-1', '5', '2026')],
    ['a decimal', parts('1.5', '5', '2026')],
    ['a space inside a part', parts('1 0', '5', '2026')],
    ['empty parts', EMPTY_DATE_PARTS],
  ])('rejects %s', (_case, input) => {
    expect(isoDateFromParts(input)).toBeNull();
  });
});

describe('partsFromIsoDate', () => {
  it('drops leading zeros', () => {
    expect(partsFromIsoDate('2026-09-01')).toEqual(parts('1', '9', '2026'));
  });

  it('keeps two-digit day and month', () => {
    expect(partsFromIsoDate('2028-12-31')).toEqual(parts('31', '12', '2028'));
  });

  it.each([[''], [null], [undefined], ['not a date']])('gives empty boxes for %o', (value) => {
    expect(partsFromIsoDate(value)).toEqual(EMPTY_DATE_PARTS);
  });

  it('round-trips through isoDateFromParts', () => {
    expect(isoDateFromParts(partsFromIsoDate('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('checkDateParts', () => {
  const name = 'Date escalated';
  const required = 'Enter the date the school told the appropriate body';

  it('returns the ISO date of a real date', () => {
    expect(checkDateParts(parts('4', '12', '2026'), { name, required })).toEqual({
      iso: '2026-12-04',
      error: null,
    });
  });

  it('asks for a required date left empty', () => {
    expect(checkDateParts(EMPTY_DATE_PARTS, { name, required })).toEqual({
      iso: null,
      error: required,
    });
  });

  it('lets an optional date stay empty', () => {
    expect(checkDateParts(parts(' ', '', ' '), { name })).toEqual({ iso: null, error: null });
  });

  it.each([
    [parts('4', '', '2026'), 'Date escalated must include a month'],
    [parts('', '12', '2026'), 'Date escalated must include a day'],
    [parts('4', '12', ''), 'Date escalated must include a year'],
    [parts('', '', '2026'), 'Date escalated must include a day and month'],
    [parts('4', '', ''), 'Date escalated must include a month and year'],
    [parts('', '12', ''), 'Date escalated must include a day and year'],
  ])('names what a partly filled date lacks: %o', (input, error) => {
    expect(checkDateParts(input, { name })).toEqual({ iso: null, error });
  });

  it.each([
    parts('31', '2', '2026'),
    parts('29', '2', '2027'),
    parts('31', '4', '2026'),
    parts('10', '13', '2026'),
    parts('10', '0', '2026'),
    parts('ab', '5', '2026'),
    parts('10', '5', 'abcd'),
  ])('calls %o not a real date', (input) => {
    expect(checkDateParts(input, { name, required })).toEqual({
      iso: null,
      error: 'Date escalated must be a real date',
    });
  });

  it('asks for a 4-digit year', () => {
    expect(checkDateParts(parts('10', '5', '26'), { name })).toEqual({
      iso: null,
      error: 'Date escalated must have a 4-digit year',
    });
  });

  it('calls a short year with an impossible day not a real date', () => {
    expect(checkDateParts(parts('31', '4', '26'), { name })).toEqual({
      iso: null,
      error: 'Date escalated must be a real date',
    });
  });
});

describe('datePartsInError', () => {
  it('marks the empty boxes of a partly filled date', () => {
    expect(datePartsInError(parts('', '5', ''))).toEqual(['day', 'year']);
  });

  it('marks the year alone when it is too short', () => {
    expect(datePartsInError(parts('10', '5', '26'))).toEqual(['year']);
  });

  it('marks all three boxes of an impossible date', () => {
    expect(datePartsInError(parts('31', '2', '2026'))).toEqual(['day', 'month', 'year']);
  });

  it('marks all three boxes of an empty date', () => {
    expect(datePartsInError(EMPTY_DATE_PARTS)).toEqual(['day', 'month', 'year']);
  });
});
