// A school's academic calendar as docs/DASHBOARD.md defines it. A term day is a weekday
// inside a term and outside its half-term. A term week is a Monday-to-Sunday week with at
// least one term day, identified by its Monday.

import { eachDay, isWeekday, mondayOf, type IsoDate } from './dates.ts';

/** The columns of a `term_dates` row that the calendar needs. */
export interface TermDates {
  academic_year: number;
  term: number;
  starts_on: IsoDate;
  ends_on: IsoDate;
  half_term_starts_on: IsoDate;
  half_term_ends_on: IsoDate;
}

export function isTermDayOf(term: TermDates, date: IsoDate): boolean {
  const inTerm = date >= term.starts_on && date <= term.ends_on;
  const inHalfTerm = date >= term.half_term_starts_on && date <= term.half_term_ends_on;
  return inTerm && !inHalfTerm && isWeekday(date);
}

export function isTermDay(terms: readonly TermDates[], date: IsoDate): boolean {
  return terms.some((term) => isTermDayOf(term, date));
}

/** Lists the Mondays of the term's term weeks, in order. */
export function termWeeksOf(term: TermDates): IsoDate[] {
  const mondays = new Set<IsoDate>();
  for (const day of eachDay(term.starts_on, term.ends_on)) {
    if (isTermDayOf(term, day)) mondays.add(mondayOf(day));
  }
  return [...mondays].sort();
}

/** Lists the Mondays of all the school's term weeks, in order, without repeats. */
export function termWeeks(terms: readonly TermDates[]): IsoDate[] {
  const mondays = new Set(terms.flatMap((term) => termWeeksOf(term)));
  return [...mondays].sort();
}

/** Lists the Mondays of the `count` latest term weeks whose Monday is on or before asOf. */
export function latestTermWeeks(
  terms: readonly TermDates[],
  asOf: IsoDate,
  count: number,
): IsoDate[] {
  const upToDate = termWeeks(terms).filter((monday) => monday <= asOf);
  return upToDate.slice(Math.max(0, upToDate.length - count));
}

/**
 * Returns the term that contains asOf or, in a holiday, the latest term that started on or
 * before it; null before the first term.
 */
export function currentTerm(terms: readonly TermDates[], asOf: IsoDate): TermDates | null {
  const containing = terms.find((term) => term.starts_on <= asOf && asOf <= term.ends_on);
  if (containing) return containing;
  const started = terms.filter((term) => term.starts_on <= asOf);
  if (started.length === 0) return null;
  return started.reduce((latest, term) => (term.starts_on > latest.starts_on ? term : latest));
}
