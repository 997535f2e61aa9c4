// The ECT's position in the two-year induction, as docs/DASHBOARD.md defines it. Terms are
// the school's terms, and part-time ECTs move through the six induction terms pro rata.

import type { TermDates } from './calendar.ts';
import type { IsoDate } from './dates.ts';

/**
 * Counts the school's terms that started on or before asOf and ended on or after the
 * induction's start. So the term the ECT started in counts as the first.
 */
export function termsElapsed(
  terms: readonly TermDates[],
  startedOn: IsoDate,
  asOf: IsoDate,
): number {
  return terms.filter((term) => term.starts_on <= asOf && term.ends_on >= startedOn).length;
}

/**
 * Returns min(6, floor((termsElapsed - 1) x fte) + 1), at least 1. The FTE is taken in whole
 * hundredths, as numeric(3, 2) stores it, so the product is exact, as it is in SQL.
 */
export function inductionTerm(elapsed: number, fte: number): number {
  const fteHundredths = Math.round(fte * 100);
  const term = Math.floor(((elapsed - 1) * fteHundredths) / 100) + 1;
  return Math.max(1, Math.min(6, term));
}

export function inductionYear(term: number): 1 | 2 {
  return term <= 3 ? 1 : 2;
}
