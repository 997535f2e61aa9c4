// An independent calculator of the mentor's, the headteacher's and the ECT's figures, written
// from docs/ROLE-VIEWS.md and computed from the seed's own rows (not from the database, not
// from the SQL functions or the app), so tests can compare them. Field names are those of the
// SQL functions.

import { currentTerm, isTermDayOf, termWeeksOf, type TermDates } from './calendar.ts';
import { addDays, eachDay, isoWeekday, londonToday, mondayOf, type IsoDate } from './dates.ts';
import { demoWorld } from './definition.ts';
import { expandWorld } from './expand.ts';
import { inductionTerm, inductionYear, termsElapsed } from './induction.ts';
import { londonDateOf } from './school-keys.ts';
import type { InductionRow, PairingRow, SeedRows, TermDateRow, TimetableSlotRow } from './rows.ts';

const rowsByToday = new Map<IsoDate, SeedRows>();

/** Returns the demo world's rows as the seed writes them on `today`. */
export function seedRows(today: IsoDate = londonToday()): SeedRows {
  let rows = rowsByToday.get(today);
  if (!rows) {
    rows = expandWorld(demoWorld, today);
    rowsByToday.set(today, rows);
  }
  return rows;
}

function schoolIdOf(rows: SeedRows, schoolKey: string): string {
  const id = rows.schoolIds[schoolKey];
  if (!id) throw new Error(`Unknown demo school "${schoolKey}"`);
  return id;
}

function termsOf(rows: SeedRows, schoolId: string): TermDateRow[] {
  return rows.termDates
    .filter((term) => term.school_id === schoolId)
    .sort((a, b) => (a.starts_on < b.starts_on ? -1 : 1));
}

function staffName(rows: SeedRows, staffId: string): string {
  const person = rows.staff.find((candidate) => candidate.id === staffId);
  if (!person) throw new Error(`Seed rows have no staff member with id ${staffId}`);
  return person.full_name;
}

function staffIdsOfEmail(rows: SeedRows, schoolId: string, email: string): Set<string> {
  return new Set(
    rows.staff
      .filter((person) => person.school_id === schoolId && person.email === email)
      .map((person) => person.id),
  );
}

function isCurrent(pairing: PairingRow, asOf: IsoDate): boolean {
  return pairing.started_on <= asOf && (pairing.ended_on === null || pairing.ended_on >= asOf);
}

function inEffectOn(slot: TimetableSlotRow, day: IsoDate): boolean {
  return slot.effective_from <= day && (slot.effective_to === null || slot.effective_to >= day);
}

function cadenceOf(rows: SeedRows, schoolId: string, year: number): number {
  const school = rows.schools.find((candidate) => candidate.id === schoolId)!;
  return year === 1 ? school.year_one_sessions_per_week : school.year_two_sessions_per_week;
}

function termOf(terms: readonly TermDateRow[], induction: InductionRow, asOf: IsoDate): number {
  return inductionTerm(termsElapsed(terms, induction.started_on, asOf), induction.fte);
}

function weekdayTermDays(terms: readonly TermDates[], from: IsoDate, to: IsoDate): IsoDate[] {
  return eachDay(from, to).filter((day) => terms.some((term) => isTermDayOf(term, day)));
}

// ---------------------------------------------------------------------------------------------
// Mentor: mentor_pairings_overview
// ---------------------------------------------------------------------------------------------

export interface ExpectedMentorPairing {
  pairing_id: string;
  ect_induction_id: string;
  ect_name: string;
  induction_year: number;
  induction_term: number;
  sessions_per_week: number;
  half_term_first_day: IsoDate | null;
  half_term_last_day: IsoDate | null;
  sessions_this_half_term: number;
  expected_this_half_term: number;
  last_session_on: IsoDate | null;
  timetabled_minutes_per_week: number;
  next_slot_on: IsoDate | null;
  /** 'HH:MM:SS', as Postgres writes a time. */
  next_slot_starts_at: string | null;
  next_slot_minutes: number | null;
}

/** Returns the half of a term (before or after its half-term) that contains asOf or, in a holiday, the latest half that started on or before it. */
export function currentHalfTerm(
  terms: readonly TermDates[],
  asOf: IsoDate,
): { starts_on: IsoDate; ends_on: IsoDate } | null {
  const halves = terms.flatMap((term) => [
    { starts_on: term.starts_on, ends_on: addDays(term.half_term_starts_on, -1) },
    { starts_on: addDays(term.half_term_ends_on, 1), ends_on: term.ends_on },
  ]);
  const started = halves.filter((half) => half.starts_on <= asOf);
  if (started.length === 0) return null;
  return started.reduce((latest, half) => (half.starts_on > latest.starts_on ? half : latest));
}

/**
 * Computes the rows of mentor_pairings_overview for the mentor with this email. `timeNow`
 * ('HH:MM', England) drops today's slots that have started; omit it when asOf is not today.
 */
export function expectedMentorPairings(
  schoolKey: string,
  mentorEmail: string,
  asOf: IsoDate,
  options: { today?: IsoDate; timeNow?: string } = {},
): ExpectedMentorPairing[] {
  const rows = seedRows(options.today);
  const schoolId = schoolIdOf(rows, schoolKey);
  const terms = termsOf(rows, schoolId);
  const staffIds = staffIdsOfEmail(rows, schoolId, mentorEmail);
  const mentorIds = new Set(
    rows.mentors.filter((mentor) => staffIds.has(mentor.staff_id)).map((mentor) => mentor.id),
  );
  const half = currentHalfTerm(terms, asOf);
  const halfDays = half ? weekdayTermDays(terms, half.starts_on, half.ends_on) : [];
  const halfWeeks = [...new Set(halfDays.map(mondayOf))].filter((monday) => monday <= asOf);
  const upcoming = weekdayTermDays(terms, asOf, addDays(asOf, 400));

  const result = rows.pairings
    .filter((pairing) => mentorIds.has(pairing.mentor_id) && isCurrent(pairing, asOf))
    .map((pairing): ExpectedMentorPairing => {
      const induction = rows.inductions.find((row) => row.id === pairing.ect_induction_id)!;
      const term = termOf(terms, induction, asOf);
      const year = inductionYear(term);
      const cadence = cadenceOf(rows, schoolId, year);
      const firstMonday = [mondayOf(induction.started_on), mondayOf(pairing.started_on)].sort()[1];
      const sessions = rows.mentorSessions.filter(
        (session) => session.pairing_id === pairing.id && session.held_on <= asOf,
      );
      const slots = rows.timetableSlots.filter((slot) => slot.pairing_id === pairing.id);
      const nextSlot = upcoming
        .flatMap((day) =>
          slots
            .filter(
              (slot) =>
                isoWeekday(day) === slot.weekday &&
                inEffectOn(slot, day) &&
                (pairing.ended_on === null || day <= pairing.ended_on) &&
                (day > asOf || options.timeNow === undefined || slot.starts_at > options.timeNow),
            )
            .map((slot) => ({ day, slot })),
        )
        .sort((a, b) =>
          a.day === b.day ? (a.slot.starts_at < b.slot.starts_at ? -1 : 1) : a.day < b.day ? -1 : 1,
        )[0];
      const lastSession =
        sessions
          .map((session) => session.held_on)
          .sort()
          .at(-1) ?? null;

      return {
        pairing_id: pairing.id,
        ect_induction_id: induction.id,
        ect_name: staffName(rows, induction.ect_staff_id),
        induction_year: year,
        induction_term: term,
        sessions_per_week: cadence,
        half_term_first_day: halfDays[0] ?? null,
        half_term_last_day: halfDays.at(-1) ?? null,
        sessions_this_half_term: sessions.filter((session) =>
          halfWeeks.includes(mondayOf(session.held_on)),
        ).length,
        expected_this_half_term:
          cadence * halfWeeks.filter((monday) => monday >= firstMonday).length,
        last_session_on: lastSession,
        timetabled_minutes_per_week: slots
          .filter((slot) => inEffectOn(slot, asOf))
          .reduce((sum, slot) => sum + slot.minutes, 0),
        next_slot_on: nextSlot?.day ?? null,
        next_slot_starts_at: nextSlot ? `${nextSlot.slot.starts_at}:00` : null,
        next_slot_minutes: nextSlot?.slot.minutes ?? null,
      };
    });
  return result.sort((a, b) => (a.ect_name < b.ect_name ? -1 : a.ect_name > b.ect_name ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Charts: induction_weekly_sessions
// ---------------------------------------------------------------------------------------------

export interface ExpectedWeek {
  week_starts_on: IsoDate;
  sessions_held: number;
  sessions_expected: number;
  up_to_as_of: boolean;
}

/**
 * Computes induction_weekly_sessions for an induction, counting sessions on the pairings that
 * `visiblePairing` accepts (the caller's policies; all of them when omitted).
 */
export function expectedWeeklySessions(
  inductionId: string,
  asOf: IsoDate,
  options: { today?: IsoDate; visiblePairing?: (pairing: PairingRow) => boolean } = {},
): ExpectedWeek[] {
  const rows = seedRows(options.today);
  const induction = rows.inductions.find((row) => row.id === inductionId);
  if (!induction) throw new Error(`Seed rows have no induction with id ${inductionId}`);
  const terms = termsOf(rows, induction.school_id);
  const term = currentTerm(terms, asOf);
  if (!term) return [];
  const cadence = cadenceOf(
    rows,
    induction.school_id,
    inductionYear(termOf(terms, induction, asOf)),
  );
  const pairingIds = new Set(
    rows.pairings
      .filter((pairing) => pairing.ect_induction_id === inductionId)
      .filter((pairing) => options.visiblePairing?.(pairing) ?? true)
      .map((pairing) => pairing.id),
  );
  const mondays = rows.mentorSessions
    .filter((session) => pairingIds.has(session.pairing_id) && session.held_on <= asOf)
    .map((session) => mondayOf(session.held_on));
  const startMonday = mondayOf(induction.started_on);

  return termWeeksOf(term).map((monday) => ({
    week_starts_on: monday,
    sessions_held: mondays.filter((candidate) => candidate === monday).length,
    sessions_expected: monday >= startMonday ? cadence : 0,
    up_to_as_of: monday <= asOf,
  }));
}

// ---------------------------------------------------------------------------------------------
// Headteacher: school_mentor_time
// ---------------------------------------------------------------------------------------------

export interface ExpectedMentorTimeRow {
  mentor_name: string;
  ects_mentored: number;
  year_two_ects: number;
  slots_per_week: number;
  expected_sessions_per_week: number;
  timetabled_minutes_per_week: number;
  minutes_in_teaching_hours: number;
  year_two_minutes_this_year: number;
  year_two_funded_minutes: number;
}

export interface ExpectedMentorTime {
  academic_year: number | null;
  mentors: ExpectedMentorTimeRow[];
  pairings_without_slot: { ect_name: string; mentor_name: string; started_on: IsoDate }[];
  reductions_below_minimum: {
    ect_name: string;
    induction_year: number;
    reduction_percent: number;
    minimum_percent: number;
  }[];
}

function byName<T extends { ect_name?: string; mentor_name?: string }>(key: keyof T) {
  return (a: T, b: T) => (String(a[key]) < String(b[key]) ? -1 : 1);
}

export function expectedMentorTime(
  schoolKey: string,
  asOf: IsoDate,
  options: { today?: IsoDate } = {},
): ExpectedMentorTime {
  const rows = seedRows(options.today);
  const schoolId = schoolIdOf(rows, schoolKey);
  const terms = termsOf(rows, schoolId);
  const thisTerm = currentTerm(terms, asOf);
  const academicYear = thisTerm?.academic_year ?? null;
  const yearTerms = terms.filter((term) => term.academic_year === academicYear);

  const active = rows.inductions.filter(
    (induction) =>
      induction.school_id === schoolId &&
      induction.status === 'active' &&
      induction.started_on <= asOf,
  );
  const current = rows.pairings
    .filter((pairing) => isCurrent(pairing, asOf))
    .map((pairing) => ({
      pairing,
      induction: active.find((i) => i.id === pairing.ect_induction_id),
    }))
    .filter(
      (entry): entry is { pairing: PairingRow; induction: InductionRow } =>
        entry.induction !== undefined,
    );

  const perPairing = current.map(({ pairing, induction }) => {
    const year = inductionYear(termOf(terms, induction, asOf));
    const slots = rows.timetableSlots.filter((slot) => slot.pairing_id === pairing.id);
    const slotsNow = slots.filter((slot) => inEffectOn(slot, asOf));
    let yearTwoMinutes = 0;
    if (year === 2) {
      for (const term of yearTerms) {
        if (termOf(terms, induction, term.starts_on) < 4) continue;
        for (const day of eachDay(term.starts_on, term.ends_on).filter((d) =>
          isTermDayOf(term, d),
        )) {
          for (const slot of slots) {
            const running =
              pairing.started_on <= day && (pairing.ended_on === null || pairing.ended_on >= day);
            if (isoWeekday(day) === slot.weekday && inEffectOn(slot, day) && running) {
              yearTwoMinutes += slot.minutes;
            }
          }
        }
      }
    }
    return {
      pairing,
      induction,
      year,
      cadence: cadenceOf(rows, schoolId, year),
      slotCount: slotsNow.length,
      minutes: slotsNow.reduce((sum, slot) => sum + slot.minutes, 0),
      inTeaching: slotsNow
        .filter((slot) => slot.in_teaching_hours)
        .reduce((sum, slot) => sum + slot.minutes, 0),
      yearTwoMinutes,
    };
  });

  const mentorNameOf = (mentorId: string) =>
    staffName(rows, rows.mentors.find((mentor) => mentor.id === mentorId)!.staff_id);
  const mentorIds = [...new Set(perPairing.map((entry) => entry.pairing.mentor_id))];
  const mentors = mentorIds
    .map((mentorId): ExpectedMentorTimeRow => {
      const mine = perPairing.filter((entry) => entry.pairing.mentor_id === mentorId);
      const sum = (pick: (entry: (typeof mine)[number]) => number) =>
        mine.reduce((total, entry) => total + pick(entry), 0);
      const yearTwo = mine.filter((entry) => entry.year === 2).length;
      return {
        mentor_name: mentorNameOf(mentorId),
        ects_mentored: mine.length,
        year_two_ects: yearTwo,
        slots_per_week: sum((entry) => entry.slotCount),
        expected_sessions_per_week: sum((entry) => entry.cadence),
        timetabled_minutes_per_week: sum((entry) => entry.minutes),
        minutes_in_teaching_hours: sum((entry) => entry.inTeaching),
        year_two_minutes_this_year: sum((entry) => entry.yearTwoMinutes),
        year_two_funded_minutes: yearTwo * 20 * 60,
      };
    })
    .sort(byName('mentor_name'));

  const pairingsWithoutSlot = perPairing
    .filter((entry) => entry.slotCount === 0)
    .map((entry) => ({
      ect_name: staffName(rows, entry.induction.ect_staff_id),
      mentor_name: mentorNameOf(entry.pairing.mentor_id),
      started_on: entry.pairing.started_on,
    }))
    .sort(byName('ect_name'));

  const reductions = active
    .map((induction) => {
      const year = inductionYear(termOf(terms, induction, asOf));
      return {
        ect_name: staffName(rows, induction.ect_staff_id),
        induction_year: year,
        reduction_percent:
          year === 1 ? induction.year_one_reduction_percent : induction.year_two_reduction_percent,
        minimum_percent: year === 1 ? 10 : 5,
      };
    })
    .filter((row) => row.reduction_percent < row.minimum_percent)
    .sort(byName('ect_name'));

  return {
    academic_year: academicYear,
    mentors,
    pairings_without_slot: pairingsWithoutSlot,
    reductions_below_minimum: reductions,
  };
}

// ---------------------------------------------------------------------------------------------
// Headteacher: school_concerns_summary
// ---------------------------------------------------------------------------------------------

export interface ExpectedConcernsSummary {
  open: number;
  in_progress: number;
  escalated: number;
  resolved: number;
  unresolved_ect_progress: number;
  unresolved_mentor_capacity: number;
  oldest_unresolved_days: number | null;
  unresolved: {
    about_name: string;
    summary: string;
    status: string;
    raised_on: IsoDate;
    days_open: number;
  }[];
}

export function expectedConcernsSummary(
  schoolKey: string,
  asOf: IsoDate,
  options: { today?: IsoDate } = {},
): ExpectedConcernsSummary {
  const rows = seedRows(options.today);
  const schoolId = schoolIdOf(rows, schoolKey);
  const concerns = rows.concerns.filter((concern) => concern.school_id === schoolId);
  const unresolved = concerns
    .filter((concern) => concern.status !== 'resolved')
    .sort((a, b) => (a.raised_at < b.raised_at ? -1 : 1));
  const daysSince = (day: IsoDate) => Math.round((Date.parse(asOf) - Date.parse(day)) / 86_400_000);
  const aboutName = (concern: (typeof concerns)[number]) => {
    if (concern.ect_induction_id) {
      const induction = rows.inductions.find((row) => row.id === concern.ect_induction_id)!;
      return staffName(rows, induction.ect_staff_id);
    }
    const mentor = rows.mentors.find((row) => row.id === concern.mentor_id)!;
    return staffName(rows, mentor.staff_id);
  };
  const count = (status: string) => concerns.filter((concern) => concern.status === status).length;

  return {
    open: count('open'),
    in_progress: count('in_progress'),
    escalated: count('escalated'),
    resolved: count('resolved'),
    unresolved_ect_progress: unresolved.filter((c) => c.subject === 'ect_progress').length,
    unresolved_mentor_capacity: unresolved.filter((c) => c.subject === 'mentor_capacity').length,
    oldest_unresolved_days:
      unresolved.length === 0 ? null : daysSince(londonDateOf(unresolved[0].raised_at)),
    unresolved: unresolved.map((concern) => ({
      about_name: aboutName(concern),
      summary: concern.summary,
      status: concern.status,
      raised_on: londonDateOf(concern.raised_at),
      days_open: daysSince(londonDateOf(concern.raised_at)),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// ECT: induction calendar
// ---------------------------------------------------------------------------------------------

export interface ExpectedCalendarEntry {
  inductionTerm: number;
  kind: 'Progress review' | 'Formal assessment';
  /** The school term, counted from the term the induction started in (1 = that term). */
  schoolTermNumber: number;
  academicYear: number;
  /** 1 = autumn, 2 = spring, 3 = summer. */
  term: number;
  /** Last day of that term, when the school recorded its dates. */
  endsOn: IsoDate | null;
}

/**
 * Places the two progress reviews of each induction year (induction terms 1, 2, 4, 5) and the
 * formal assessments (terms 3 and 6) in school terms: induction term k ends in school term
 * ceil(k / fte), counting the term the ECT started in as 1, so part-time ECTs get them later.
 */
export function expectedInductionCalendar(
  schoolKey: string,
  ectEmail: string,
  options: { today?: IsoDate } = {},
): ExpectedCalendarEntry[] {
  const rows = seedRows(options.today);
  const schoolId = schoolIdOf(rows, schoolKey);
  const staffIds = staffIdsOfEmail(rows, schoolId, ectEmail);
  const induction = rows.inductions
    .filter((row) => staffIds.has(row.ect_staff_id))
    .sort((a, b) => (a.started_on < b.started_on ? 1 : -1))[0];
  if (!induction) return [];
  const terms = termsOf(rows, schoolId);
  const first = terms.find((term) => term.ends_on >= induction.started_on);
  if (!first) return [];
  const fteHundredths = Math.round(induction.fte * 100);

  return [1, 2, 3, 4, 5, 6].map((k) => {
    const schoolTermNumber = Math.ceil((k * 100) / fteHundredths);
    const index = first.term - 1 + (schoolTermNumber - 1);
    const academicYear = first.academic_year + Math.floor(index / 3);
    const term = (index % 3) + 1;
    const recorded = terms.find((row) => row.academic_year === academicYear && row.term === term);
    return {
      inductionTerm: k,
      kind: k === 3 || k === 6 ? 'Formal assessment' : 'Progress review',
      schoolTermNumber,
      academicYear,
      term,
      endsOn: recorded?.ends_on ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Mentor: training hours
// ---------------------------------------------------------------------------------------------

export interface ExpectedTraining {
  scheme: 'ecf_based' | 'mentor_2025' | null;
  hoursLogged: number;
  targetHours: number | null;
  periodStartsOn: IsoDate | null;
  /** Last day of the target period: two years (ecf_based) or one year (mentor_2025) less a day. */
  periodEndsOn: IsoDate | null;
  hoursInPeriod: number;
}

export function expectedTraining(
  schoolKey: string,
  mentorEmail: string,
  options: { today?: IsoDate } = {},
): ExpectedTraining {
  const rows = seedRows(options.today);
  const schoolId = schoolIdOf(rows, schoolKey);
  const staffIds = staffIdsOfEmail(rows, schoolId, mentorEmail);
  const mentor = rows.mentors.find((row) => staffIds.has(row.staff_id));
  if (!mentor) throw new Error(`${mentorEmail} is not a mentor at ${schoolKey}`);
  const logs = rows.mentorTrainingLogs.filter((log) => log.mentor_id === mentor.id);
  const scheme = mentor.training_scheme;
  const start = mentor.training_started_on;
  const years = scheme === 'ecf_based' ? 2 : scheme === 'mentor_2025' ? 1 : null;
  const end =
    start && years ? addDays(`${Number(start.slice(0, 4)) + years}${start.slice(4)}`, -1) : null;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  return {
    scheme,
    hoursLogged: sum(logs.map((log) => log.hours)),
    targetHours: scheme === 'ecf_based' ? 36 : scheme === 'mentor_2025' ? 20 : null,
    periodStartsOn: start,
    periodEndsOn: end,
    hoursInPeriod: sum(
      logs
        .filter((log) => start && end && log.completed_on >= start && log.completed_on <= end)
        .map((log) => log.hours),
    ),
  };
}
