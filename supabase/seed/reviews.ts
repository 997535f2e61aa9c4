// Demo rows for induction_reviews: each progress review and assessment is recorded a week
// before it falls due (on the Friday before, when that day is a weekend), once that day has
// come, unless the definition marks it missed. An induction that ended has no review after it
// ended.

import { checkpointWindows } from './checkpoints.ts';
import type { TermDates } from './calendar.ts';
import { addDays, type IsoDate } from './dates.ts';
import { seedId } from './ids.ts';
import type { InductionReviewRow, InductionRow } from './rows.ts';
import type { InductionDefinition, SchoolDefinition } from './types.ts';

function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 6) return addDays(date, -1);
  if (day === 0) return addDays(date, -2);
  return date;
}

export function reviewRows(
  school: SchoolDefinition,
  definition: InductionDefinition,
  induction: InductionRow,
  terms: readonly TermDates[],
  today: IsoDate,
): InductionReviewRow[] {
  const missed = new Set(definition.reviews?.missed ?? []);
  const notOnTrack = new Set(definition.reviews?.notOnTrack ?? []);
  const endedOn = induction.status === 'active' ? null : induction.status_changed_on;
  const rows: InductionReviewRow[] = [];

  for (const window of checkpointWindows(terms, induction.started_on, induction.fte)) {
    if (window.dueOn === null || missed.has(window.inductionTerm)) continue;
    const completedOn = weekdayOnOrBefore(addDays(window.dueOn, -7));
    if (completedOn > today || completedOn < induction.started_on) continue;
    if (endedOn !== null && completedOn > endedOn) continue;
    const recordedAt = `${completedOn} 16:30:00 Europe/London`;
    rows.push({
      id: seedId('induction_reviews', school.key, definition.key, String(window.inductionTerm)),
      school_id: induction.school_id,
      ect_induction_id: induction.id,
      induction_term: window.inductionTerm,
      completed_on: completedOn,
      on_track: !notOnTrack.has(window.inductionTerm),
      notes: null,
      created_at: recordedAt,
      updated_at: recordedAt,
    });
  }
  return rows;
}
