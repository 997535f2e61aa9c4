import { formatShortDate } from '@/lib/dates';
import { formatCountOf, formatFigure, formatQuantity, toFiniteNumber } from '@/lib/format';

import type { SchoolDashboardEct } from '../types';

/** The text of each cell in an ECT's dashboard row, so no cell ever shows null or NaN. */
export interface EctRowText {
  name: string;
  induction: string;
  fte: string;
  mentor: string;
  lastSession: string;
  sessionsThisTerm: string;
  timetabledPerWeek: string;
  openConcerns: string;
}

export function ectRowText(row: SchoolDashboardEct): EctRowText {
  const minutes = toFiniteNumber(row.timetabled_minutes_per_week);

  return {
    name: row.ect_name,
    induction: `Year ${formatFigure(row.induction_year)}, term ${formatFigure(row.induction_term)}`,
    fte: formatFigure(row.fte, { maximumFractionDigits: 2 }),
    mentor: row.mentor_name ?? 'None',
    lastSession: row.last_session_on ? formatShortDate(row.last_session_on) : 'None',
    sessionsThisTerm: formatCountOf(row.sessions_this_term, row.expected_this_term),
    timetabledPerWeek:
      minutes === null || minutes === 0 ? 'None' : formatQuantity(minutes, 'minute', 'minutes'),
    openConcerns: formatFigure(row.open_concerns, { maximumFractionDigits: 0, fallback: '0' }),
  };
}
