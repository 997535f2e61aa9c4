import { formatFigure, toFiniteNumber } from '@/lib/format';

import type { MentorTimeRow } from '../types';

/** Text of one row of the mentor time table, in column order after the mentor's name. */
export function mentorTimeCells(row: MentorTimeRow): string[] {
  const total = row.timetabled_minutes_per_week;
  const share = total > 0 ? Math.round((row.minutes_in_teaching_hours / total) * 100) : null;
  const expected = toFiniteNumber(row.expected_sessions_per_week) ?? 0;
  const yearTwo =
    row.year_two_ects === 0
      ? 'No year-two ECTs'
      : `${formatFigure(row.year_two_minutes_this_year / 60)} of ${formatFigure(
          row.year_two_funded_minutes / 60,
        )} hours`;

  return [
    formatFigure(row.ects_mentored),
    `${formatFigure(row.slots_per_week)} of ${formatFigure(expected)} expected`,
    total > 0 ? formatFigure(total) : 'None',
    share === null ? 'None' : `${formatFigure(row.minutes_in_teaching_hours)} (${share}%)`,
    yearTwo,
  ];
}

/** True when the mentor has fewer slots a week than the sessions their ECTs should get. */
export function isShortOfSlots(row: MentorTimeRow): boolean {
  return row.slots_per_week < (toFiniteNumber(row.expected_sessions_per_week) ?? 0);
}
