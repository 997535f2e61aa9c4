import { formatLongDate } from '@/lib/dates';
import { formatFigure, toFiniteNumber } from '@/lib/format';
import { formatDayAndDate, formatTime } from '@/lib/times';

import type { MentorPairingOverview } from '../types';

/** Describes the expected cadence: 'weekly', 'fortnightly' or '1.5 a week'. */
export function cadenceText(sessionsPerWeek: unknown): string {
  const cadence = toFiniteNumber(sessionsPerWeek);
  if (cadence === 1) return 'weekly';
  if (cadence === 0.5) return 'fortnightly';
  return `${formatFigure(cadence)} a week`;
}

export function nextSlotText(row: MentorPairingOverview): string {
  if (row.timetabled_minutes_per_week === 0 || !row.next_slot_on || !row.next_slot_starts_at) {
    return row.timetabled_minutes_per_week === 0
      ? 'No slot timetabled. Ask your induction tutor to timetable your mentor time.'
      : 'No term day with your slot is recorded yet.';
  }
  const where = row.next_slot_in_teaching_hours ? 'in teaching hours' : 'outside teaching hours';

  return (
    `${formatDayAndDate(row.next_slot_on)} at ${formatTime(row.next_slot_starts_at)} ` +
    `(${formatFigure(row.next_slot_minutes)} minutes, ${where})`
  );
}

export function halfTermText(row: MentorPairingOverview): string {
  const held = formatFigure(row.sessions_this_half_term);
  const expected = formatFigure(row.expected_this_half_term);
  const since = row.half_term_first_day ? ` since ${formatLongDate(row.half_term_first_day)}` : '';

  return `${held} of ${expected} expected (${cadenceText(row.sessions_per_week)}, term weeks${since})`;
}

export function isBehind(row: MentorPairingOverview): boolean {
  return (
    (toFiniteNumber(row.sessions_this_half_term) ?? 0) <
    (toFiniteNumber(row.expected_this_half_term) ?? 0)
  );
}
