// Dated mentor sessions for one generated pairing. They follow the cadence the school expects:
// weekly in induction year one, the school's year-two cadence after. They have the demo
// seed's kinds of gap (illness, mock exams, a lapse when cover dries up), and short extra
// sessions come on top.

import type { TermDates } from '../../supabase/seed/calendar.ts';
import { isTermDay, termWeeks } from '../../supabase/seed/calendar.ts';
import { addDays, minDate, type IsoDate } from '../../supabase/seed/dates.ts';
import { inductionTerm, inductionYear } from '../../supabase/seed/induction.ts';
import type { InductionRow, PairingRow, SchoolRow } from '../../supabase/seed/rows.ts';
import type { SessionKind } from '../../supabase/seed/types.ts';
import type { Random } from './random.ts';

export interface GeneratedSession {
  id: string;
  school_id: string;
  pairing_id: string;
  held_on: IsoDate;
  minutes: number;
  kind: SessionKind;
  in_teaching_hours: boolean;
  notes: string | null;
  created_by: string | null;
}

/** A school's term weeks and the days a session can fall on, computed once per school. */
export interface SchoolCalendar {
  terms: readonly TermDates[];
  /** Mondays of the term weeks, in order. */
  termWeekMondays: readonly IsoDate[];
  /** Term days that are not bank holidays. */
  sessionDays: ReadonlySet<IsoDate>;
}

export function buildSchoolCalendar(
  terms: readonly TermDates[],
  bankHolidays: ReadonlySet<IsoDate>,
): SchoolCalendar {
  const termWeekMondays = termWeeks(terms);
  const sessionDays = new Set<IsoDate>();
  for (const monday of termWeekMondays) {
    for (let offset = 0; offset < 5; offset += 1) {
      const day = addDays(monday, offset);
      if (isTermDay(terms, day) && !bankHolidays.has(day)) sessionDays.add(day);
    }
  }
  return { terms, termWeekMondays, sessionDays };
}

export interface PairingSessionOptions {
  pairing: PairingRow;
  induction: InductionRow;
  school: SchoolRow;
  calendar: SchoolCalendar;
  today: IsoDate;
  /** ISO weekday of the timetabled slot, where the regular session falls. */
  weekday: number;
  minutes: number;
  inTeachingHours: boolean;
  extraSessionsPerWeek: number;
}

const REGULAR_KINDS: SessionKind[] = ['meeting', 'meeting', 'meeting', 'observation'];
const EXTRA_KINDS: Record<SessionKind, number> = {
  drop_in: 50,
  observation: 25,
  joint_planning: 20,
  other: 5,
  meeting: 0,
};
const NOTES = [
  'Reviewed last week’s targets and set one for the coming week.',
  'Talked through behaviour routines and the seating plan.',
  'Looked at questioning: more cold calling, longer wait time.',
  'Observed part of a lesson (developmental only): clear routines.',
  'Planned next week’s sequence of lessons together.',
];

/** Induction year (1 or 2) of the ECT in the week of `monday`, as docs/DASHBOARD.md counts it. */
function yearAt(terms: readonly TermDates[], induction: InductionRow, monday: IsoDate): 1 | 2 {
  const elapsed = terms.filter(
    (term) => term.starts_on <= monday && term.ends_on >= induction.started_on,
  ).length;
  return inductionYear(inductionTerm(Math.max(1, elapsed), induction.fte));
}

/** Lists the pairing's sessions, none after `today` or outside the pairing's dates. */
export function planPairingSessions(
  random: Random,
  options: PairingSessionOptions,
): GeneratedSession[] {
  const { pairing, induction, school, calendar, today } = options;
  const first = pairing.started_on;
  let last = minDate(today, pairing.ended_on ?? today);
  // About 6% of current pairings lapse some weeks before today, like Femi's at Oakfield.
  if (pairing.ended_on === null && random.chance(0.06)) {
    last = minDate(last, addDays(today, -random.int(21, 56)));
  }
  // About 30% of pairings have a gap of one to three weeks: illness, mock exams, a trip.
  let gapFrom: IsoDate | null = null;
  let gapTo: IsoDate | null = null;
  if (random.chance(0.3)) {
    const weeks = calendar.termWeekMondays.filter((monday) => monday >= first && monday <= last);
    if (weeks.length > 4) {
      gapFrom = random.pick(weeks);
      gapTo = addDays(gapFrom, 7 * random.int(1, 3) - 3);
    }
  }
  const usable = (day: IsoDate) =>
    day >= first &&
    day <= last &&
    calendar.sessionDays.has(day) &&
    !(gapFrom !== null && gapTo !== null && day >= gapFrom && day <= gapTo);

  const sessions: GeneratedSession[] = [];
  const add = (day: IsoDate, kind: SessionKind, minutes: number, inTeachingHours: boolean) => {
    sessions.push({
      id: random.uuid(),
      school_id: school.id,
      pairing_id: pairing.id,
      held_on: day,
      minutes,
      kind,
      in_teaching_hours: inTeachingHours,
      notes: random.chance(0.6) ? random.pick(NOTES) : null,
      created_by: null,
    });
  };

  let yearTwoWeeks = 0;
  let regular = 0;
  for (const monday of calendar.termWeekMondays) {
    if (addDays(monday, 6) < first) continue;
    if (monday > last) break;
    const year = yearAt(calendar.terms, induction, monday);
    const cadence =
      year === 1 ? school.year_one_sessions_per_week : school.year_two_sessions_per_week;
    const due = cadence >= 1 || yearTwoWeeks % Math.round(1 / cadence) === 0;
    if (year === 2) yearTwoWeeks += 1;
    const day = addDays(monday, options.weekday - 1);
    // One regular session in twenty is missed without a recorded reason.
    if (due && usable(day) && !random.chance(0.05)) {
      add(
        day,
        REGULAR_KINDS[regular % REGULAR_KINDS.length]!,
        options.minutes,
        options.inTeachingHours,
      );
      regular += 1;
    }
    const extras =
      Math.floor(options.extraSessionsPerWeek) +
      (random.chance(options.extraSessionsPerWeek % 1) ? 1 : 0);
    for (let n = 0; n < extras; n += 1) {
      const extraDay = addDays(monday, random.int(0, 4));
      if (usable(extraDay)) {
        add(
          extraDay,
          random.weighted(EXTRA_KINDS),
          random.pick([15, 20, 30, 45]),
          random.chance(0.6),
        );
      }
    }
  }
  return sessions;
}
