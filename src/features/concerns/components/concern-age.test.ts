import { describe, expect, it } from 'vitest';

import { concernAgeDays, daysText } from './concern-age';

describe('concernAgeDays', () => {
  it('counts days in England from the day raised to today', () => {
    const concern = { raised_at: '2026-10-14T15:00:00Z', resolved_at: null };

    expect(concernAgeDays(concern, new Date('2026-12-04T10:00:00Z'))).toBe(51);
  });

  it('uses the London date of a late-evening summer time stamp', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const concern = { raised_at: '2026-06-30T23:30:00Z', resolved_at: null };

    expect(concernAgeDays(concern, new Date('2026-07-02T09:00:00Z'))).toBe(1);
  });

  it('stops counting when resolved', () => {
    const concern = { raised_at: '2026-11-02T09:00:00Z', resolved_at: '2026-11-12T16:00:00Z' };

    expect(concernAgeDays(concern, new Date('2026-12-04T10:00:00Z'))).toBe(10);
  });
});

describe('daysText', () => {
  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [51, '51 days'],
  ])('writes %i as %s', (days, expected) => {
    expect(daysText(days)).toBe(expected);
  });
});
