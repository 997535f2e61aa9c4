// An independent calculator of the school dashboard, written from docs/DASHBOARD.md and
// computed from the seed's own rows (not from the database, not from the SQL functions), so
// tests can compare the two. Field names are those of school_dashboard_tiles and
// school_dashboard_ects.

import { currentTerm, latestTermWeeks, termWeeks, termWeeksOf } from './calendar.ts';
import { checkpointStatus, checkpointWindows, type CheckpointKind } from './checkpoints.ts';
import { addDays, daysBetween, londonToday, mondayOf, type IsoDate } from './dates.ts';
import { demoWorld } from './definition.ts';
import { expandWorld } from './expand.ts';
import { londonDateOf } from './school-keys.ts';
import { inductionTerm, inductionYear, termsElapsed } from './induction.ts';
import type { InductionRow, PairingRow, SeedRows, TermDateRow, TimetableSlotRow } from './rows.ts';

export interface ExpectedTiles {
  active_ects: number;
  ects_without_mentor: number;
  sessions_held_last_4_weeks: number;
  sessions_expected_last_4_weeks: number;
  ects_without_recent_session: number;
  active_pairings: number;
  pairings_with_slot: number;
  open_concerns: number;
  oldest_open_concern_days: number | null;
}

export interface ExpectedEctRow {
  ect_induction_id: string;
  ect_staff_id: string;
  ect_name: string;
  induction_year: number;
  induction_term: number;
  fte: number;
  mentor_staff_id: string | null;
  mentor_name: string | null;
  last_session_on: IsoDate | null;
  sessions_this_term: number;
  expected_this_term: number;
  timetabled_minutes_per_week: number;
  open_concerns: number;
  flag_no_mentor: boolean;
  flag_mentor_without_qts: boolean;
  flag_mentor_is_induction_tutor: boolean;
  flag_no_slot: boolean;
  flag_slot_outside_teaching_hours: boolean;
}

/** One row of school_dashboard_checkpoints: an active ECT's next review and the flags. */
export interface ExpectedCheckpointRow {
  ect_induction_id: string;
  next_checkpoint_term: number | null;
  next_checkpoint_kind: CheckpointKind | null;
  next_checkpoint_due_on: IsoDate | null;
  checkpoints_overdue: number;
  flag_checkpoint_due: boolean;
  flag_checkpoint_overdue: boolean;
}

export interface ExpectedDashboard {
  tiles: ExpectedTiles;
  ects: ExpectedEctRow[];
  /** Ordered by ect_induction_id, as the SQL function returns them. */
  checkpoints: ExpectedCheckpointRow[];
}

/** Expected sessions: cadence x the weeks whose Monday is on or after the start's Monday. */
export function expectedOver(weeks: readonly IsoDate[], startedOn: IsoDate, cadence: number) {
  const startMonday = mondayOf(startedOn);
  return cadence * weeks.filter((monday) => monday >= startMonday).length;
}

/** Counts the sessions held in the given Monday-to-Sunday weeks and on or before asOf. */
export function heldIn(weeks: readonly IsoDate[], heldOn: readonly IsoDate[], asOf: IsoDate) {
  return heldOn.filter((day) => day <= asOf && weeks.some((monday) => inWeek(monday, day))).length;
}

function inWeek(monday: IsoDate, day: IsoDate): boolean {
  return day >= monday && day <= addDays(monday, 6);
}

/**
 * Counts term weeks whose Monday is after the last session (or, with none, on or after the
 * induction's start) and on or before asOf.
 */
export function termWeeksSinceLastSession(
  terms: readonly TermDateRow[],
  lastSessionOn: IsoDate | null,
  startedOn: IsoDate,
  asOf: IsoDate,
): number {
  return termWeeks(terms).filter((monday) => {
    const afterLast = lastSessionOn === null ? monday >= startedOn : monday > lastSessionOn;
    return afterLast && monday <= asOf;
  }).length;
}

function inEffect(slot: TimetableSlotRow, asOf: IsoDate): boolean {
  return slot.effective_from <= asOf && (slot.effective_to === null || slot.effective_to >= asOf);
}

function isCurrent(pairing: PairingRow, asOf: IsoDate): boolean {
  return pairing.started_on <= asOf && (pairing.ended_on === null || pairing.ended_on >= asOf);
}

interface EctFigures {
  row: ExpectedEctRow;
  heldLastFourWeeks: number;
  expectedLastFourWeeks: number;
  weeksSinceLastSession: number;
}

function ectFigures(rows: SeedRows, induction: InductionRow, asOf: IsoDate): EctFigures {
  const school = rows.schools.find((candidate) => candidate.id === induction.school_id)!;
  const terms = rows.termDates.filter((term) => term.school_id === school.id);
  const staffById = new Map(rows.staff.map((person) => [person.id, person]));

  const term = inductionTerm(termsElapsed(terms, induction.started_on, asOf), induction.fte);
  const year = inductionYear(term);
  const cadence =
    year === 1 ? school.year_one_sessions_per_week : school.year_two_sessions_per_week;

  const pairings = rows.pairings.filter((pairing) => pairing.ect_induction_id === induction.id);
  const pairingIds = new Set(pairings.map((pairing) => pairing.id));
  const heldOn = rows.mentorSessions
    .filter((session) => pairingIds.has(session.pairing_id) && session.held_on <= asOf)
    .map((session) => session.held_on);
  const lastSessionOn = heldOn.length === 0 ? null : heldOn.reduce((a, b) => (a > b ? a : b));

  const thisTerm = currentTerm(terms, asOf);
  const thisTermWeeks = thisTerm ? termWeeksOf(thisTerm).filter((monday) => monday <= asOf) : [];
  const lastFour = latestTermWeeks(terms, asOf, 4);

  const current = pairings.find((pairing) => isCurrent(pairing, asOf)) ?? null;
  const mentor = current ? rows.mentors.find((m) => m.id === current.mentor_id)! : null;
  const mentorStaff = mentor ? staffById.get(mentor.staff_id)! : null;
  const slots = current
    ? rows.timetableSlots.filter((slot) => slot.pairing_id === current.id && inEffect(slot, asOf))
    : [];
  const mentorIsTutor =
    mentor !== null &&
    rows.schoolRoles.some(
      (role) =>
        role.school_id === school.id &&
        role.staff_id === mentor.staff_id &&
        role.role === 'induction_tutor',
    );

  const row: ExpectedEctRow = {
    ect_induction_id: induction.id,
    ect_staff_id: induction.ect_staff_id,
    ect_name: staffById.get(induction.ect_staff_id)!.full_name,
    induction_year: year,
    induction_term: term,
    fte: induction.fte,
    mentor_staff_id: mentorStaff?.id ?? null,
    mentor_name: mentorStaff?.full_name ?? null,
    last_session_on: lastSessionOn,
    sessions_this_term: heldIn(thisTermWeeks, heldOn, asOf),
    expected_this_term: expectedOver(thisTermWeeks, induction.started_on, cadence),
    timetabled_minutes_per_week: slots.reduce((sum, slot) => sum + slot.minutes, 0),
    open_concerns: rows.concerns.filter(
      (concern) => concern.ect_induction_id === induction.id && concern.status !== 'resolved',
    ).length,
    flag_no_mentor: current === null,
    flag_mentor_without_qts:
      mentorStaff !== null && !mentorStaff.qts_held && mentor!.ab_check_confirmed_on === null,
    flag_mentor_is_induction_tutor: mentorIsTutor,
    flag_no_slot: current !== null && slots.length === 0,
    flag_slot_outside_teaching_hours: slots.some((slot) => !slot.in_teaching_hours),
  };

  return {
    row,
    heldLastFourWeeks: heldIn(lastFour, heldOn, asOf),
    expectedLastFourWeeks: expectedOver(lastFour, induction.started_on, cadence),
    weeksSinceLastSession: termWeeksSinceLastSession(
      terms,
      lastSessionOn,
      induction.started_on,
      asOf,
    ),
  };
}

/** Computes the checkpoint figures of one induction as of asOf (docs/DASHBOARD.md). */
export function checkpointFigures(
  rows: SeedRows,
  induction: InductionRow,
  asOf: IsoDate,
): ExpectedCheckpointRow {
  const terms = rows.termDates.filter((term) => term.school_id === induction.school_id);
  const recorded = new Set(
    (rows.inductionReviews ?? [])
      .filter((review) => review.ect_induction_id === induction.id)
      .map((review) => review.induction_term),
  );
  const checkpoints = checkpointWindows(terms, induction.started_on, induction.fte).map(
    (window) => ({
      window,
      status: checkpointStatus(window, recorded.has(window.inductionTerm), asOf),
    }),
  );
  const next = checkpoints.find((checkpoint) => checkpoint.status !== 'done') ?? null;
  const overdue = checkpoints.filter((checkpoint) => checkpoint.status === 'overdue').length;

  return {
    ect_induction_id: induction.id,
    next_checkpoint_term: next?.window.inductionTerm ?? null,
    next_checkpoint_kind: next?.window.kind ?? null,
    next_checkpoint_due_on: next?.window.dueOn ?? null,
    checkpoints_overdue: overdue,
    flag_checkpoint_due: checkpoints.some((checkpoint) => checkpoint.status === 'due'),
    flag_checkpoint_overdue: overdue > 0,
  };
}

/**
 * Computes the dashboard results (tiles, ECT rows, checkpoint rows) for one school of the
 * expanded rows as of asOf.
 */
export function computeDashboard(
  rows: SeedRows,
  schoolId: string,
  asOf: IsoDate,
): ExpectedDashboard {
  const active = rows.inductions.filter(
    (induction) =>
      induction.school_id === schoolId &&
      induction.status === 'active' &&
      induction.started_on <= asOf,
  );
  const figures = active.map((induction) => ectFigures(rows, induction, asOf));
  const ects = figures
    .map((figure) => figure.row)
    .sort((a, b) =>
      a.ect_name === b.ect_name
        ? compareText(a.ect_induction_id, b.ect_induction_id)
        : compareText(a.ect_name, b.ect_name),
    );

  const openConcerns = rows.concerns.filter(
    (concern) => concern.school_id === schoolId && concern.status !== 'resolved',
  );
  const oldestRaisedOn = openConcerns
    .map((concern) => londonDateOf(concern.raised_at))
    .reduce<IsoDate | null>(
      (oldest, day) => (oldest === null || day < oldest ? day : oldest),
      null,
    );
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  const tiles: ExpectedTiles = {
    active_ects: ects.length,
    ects_without_mentor: ects.filter((ect) => ect.flag_no_mentor).length,
    sessions_held_last_4_weeks: sum(figures.map((figure) => figure.heldLastFourWeeks)),
    sessions_expected_last_4_weeks: sum(figures.map((figure) => figure.expectedLastFourWeeks)),
    ects_without_recent_session: figures.filter((figure) => figure.weeksSinceLastSession > 2)
      .length,
    active_pairings: ects.filter((ect) => !ect.flag_no_mentor).length,
    pairings_with_slot: ects.filter((ect) => !ect.flag_no_mentor && !ect.flag_no_slot).length,
    open_concerns: openConcerns.length,
    oldest_open_concern_days: oldestRaisedOn === null ? null : daysBetween(oldestRaisedOn, asOf),
  };
  const checkpoints = active
    .map((induction) => checkpointFigures(rows, induction, asOf))
    .sort((a, b) => compareText(a.ect_induction_id, b.ect_induction_id));
  return { tiles, ects, checkpoints };
}

/**
 * Orders text by UTF-16 code units. The SQL orders by the database's collation instead, which
 * gives the same order here because each school's ECT names start with different capitals.
 * NOTE: names that differ only after an accent or apostrophe may sort differently under a
 * linguistic collation such as en_US.UTF-8.
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const rowsByToday = new Map<IsoDate, SeedRows>();

/**
 * Returns the dashboard that docs/DASHBOARD.md defines for a demo school ('oakfield',
 * 'brookside', 'riverside') as of asOf, for a database seeded on `today` (default: today in
 * England, as the seed itself defaults).
 */
export function expectedDashboard(
  schoolKey: string,
  asOf: IsoDate,
  options: { today?: IsoDate } = {},
): ExpectedDashboard {
  const today = options.today ?? londonToday();
  let rows = rowsByToday.get(today);
  if (!rows) {
    rows = expandWorld(demoWorld, today);
    rowsByToday.set(today, rows);
  }
  const schoolId = rows.schoolIds[schoolKey];
  if (!schoolId) {
    const known = Object.keys(rows.schoolIds).join(', ');
    throw new Error(`Unknown demo school "${schoolKey}"; expected one of ${known}`);
  }
  return computeDashboard(rows, schoolId, asOf);
}
