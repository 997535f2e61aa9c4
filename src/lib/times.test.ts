import { describe, expect, it } from 'vitest';

import { formatDayAndDate, formatTime, isoWeekdayOf } from './times';

describe('formatTime', () => {
  it.each([
    ['13:30:00', '1:30pm'],
    ['09:00:00', '9am'],
    ['12:00:00', 'midday'],
    ['12:15:00', '12:15pm'],
    ['00:00:00', 'midnight'],
    ['08:05', '8:05am'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatTime(input)).toBe(expected);
  });
});

describe('formatDayAndDate', () => {
  it('names the weekday', () => {
    expect(formatDayAndDate('2026-12-08')).toBe('Tuesday 8 December 2026');
  });

  it('knows Sunday is day 7', () => {
    expect(isoWeekdayOf('2026-12-06')).toBe(7);
  });
});
