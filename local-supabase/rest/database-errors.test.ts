// Statuses for SQLSTATEs, worked out from `pgErrorStatus` in PostgREST v12.2.12's
// src/PostgREST/Error.hs.
import { describe, expect, it } from 'vitest';

import { statusForSqlState } from './database-errors.ts';

describe('statusForSqlState', () => {
  it('uses the number after PT as the status', () => {
    expect(statusForSqlState('PT404', 'ECT induction not found', true)).toBe(404);
    expect(statusForSqlState('PT402', 'Payment Required', false)).toBe(402);
  });

  it('returns 500 when PT is not followed by three digits', () => {
    expect(statusForSqlState('PT40A', 'Wrong', true)).toBe(500);
    expect(statusForSqlState('PT1E2', 'Wrong', true)).toBe(500);
  });

  it('returns 500 for PL/pgSQL errors other than P0001', () => {
    expect(statusForSqlState('P0001', 'raised', true)).toBe(400);
    expect(statusForSqlState('P0002', 'no data found', true)).toBe(500);
  });
});
