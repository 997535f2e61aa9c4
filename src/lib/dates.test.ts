import { describe, expect, it } from 'vitest';

import { formatLongDate, formatShortDate, isoDateInLondon, parseIsoDate } from './dates';

describe('formatShortDate', () => {
  it.each([
    ['2026-12-04', '04/12/2026'],
    ['2025-09-01', '01/09/2025'],
    ['2024-02-29', '29/02/2024'],
    ['2027-07-31', '31/07/2027'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatShortDate(input)).toBe(expected);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-12-04', '4 December 2026'],
    ['2025-09-01', '1 September 2025'],
    ['2026-01-31', '31 January 2026'],
    ['2026-05-10', '10 May 2026'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatLongDate(input)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('returns the parts of a valid date', () => {
    expect(parseIsoDate('2026-03-29')).toEqual({ year: 2026, month: 3, day: 29 });
  });

  it.each(['', '04/12/2026', '2026-12-4', '2026-12-04T10:00:00Z', '2026-13-01', '2026-00-10'])(
    'rejects malformed input %j',
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(RangeError);
    },
  );

  it.each(['2025-02-29', '2026-04-31', '2026-06-00'])('rejects impossible day %s', (input) => {
    expect(() => parseIsoDate(input)).toThrow(/no such day/);
  });
});

describe('isoDateInLondon', () => {
  it('uses British Summer Time in summer', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (UTC+1).
    expect(isoDateInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('uses Greenwich Mean Time in winter', () => {
    expect(isoDateInLondon(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-04');
  });
});
