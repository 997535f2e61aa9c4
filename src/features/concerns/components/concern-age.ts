import { isoDateInLondon } from '@/lib/dates';

import type { ConcernRow } from '../types';

function dayNumber(isoDate: string): number {
  return (
    Date.UTC(
      Number(isoDate.slice(0, 4)),
      Number(isoDate.slice(5, 7)) - 1,
      Number(isoDate.slice(8, 10)),
    ) / 86_400_000
  );
}

/**
 * Days from the date the concern was raised (in England) to today, or to the day it was
 * resolved: the same count as the dashboard's oldest open concern.
 */
export function concernAgeDays(
  concern: Pick<ConcernRow, 'raised_at' | 'resolved_at'>,
  now: Date,
): number {
  const raised = isoDateInLondon(new Date(concern.raised_at));
  const until = isoDateInLondon(concern.resolved_at ? new Date(concern.resolved_at) : now);

  return dayNumber(until) - dayNumber(raised);
}

/** '0 days', '1 day', '12 days'. */
export function daysText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** Whom or what the concern is about: the ECT's name, or the mentor's capacity. */
export function concernAbout(concern: ConcernRow): string {
  if (concern.subject === 'ect_progress') {
    return `${concern.ect_induction?.ect?.full_name ?? 'An ECT'}’s progress`;
  }
  return `${concern.mentor?.staff?.full_name ?? 'A mentor'}’s time or capacity`;
}
