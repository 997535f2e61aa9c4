// Generates one school's rows: staff and roles, ECT inductions in three cohorts, mentors,
// pairings with timetable slots and sessions, and concerns. The shapes are the demo seed's row
// types (supabase/seed/rows.ts), so the seed's independent dashboard calculator can check a
// generated school against the SQL functions.

import type { TermDates } from '../../supabase/seed/calendar.ts';
import { addDays, daysBetween, type IsoDate } from '../../supabase/seed/dates.ts';
import type {
  ConcernRow,
  InductionRow,
  MentorRow,
  PairingRow,
  SchoolRoleRow,
  SchoolRow,
  StaffRow,
  TermDateRow,
  TimetableSlotRow,
} from '../../supabase/seed/rows.ts';
import type {
  ConcernStatus,
  InductionStatus,
  SchoolPhase,
  SchoolRole,
} from '../../supabase/seed/types.ts';
import { academicYearOf, academicYearTerms, randomCalendarVariation } from './calendar.ts';
import { FIRST_NAMES, LAST_NAMES, LOCAL_AUTHORITIES, PLACES } from './names.ts';
import { Random } from './random.ts';
import { buildSchoolCalendar, planPairingSessions, type GeneratedSession } from './sessions.ts';

/** The sign-ins each school gets: one per role, all with the shared benchmark password. */
export type SignInRole = 'tutor' | 'head' | 'mentor' | 'ect';

export interface SignIn {
  role: SignInRole;
  email: string;
  userId: string;
  staffId: string;
  schoolId: string;
  /** The ECT sign-in's current induction, which the ECT's page reads; null for other roles. */
  inductionId: string | null;
}

export interface GeneratedSchool {
  index: number;
  school: SchoolRow;
  termDates: TermDateRow[];
  staff: StaffRow[];
  schoolRoles: SchoolRoleRow[];
  inductions: InductionRow[];
  mentors: MentorRow[];
  pairings: PairingRow[];
  timetableSlots: TimetableSlotRow[];
  sessions: GeneratedSession[];
  concerns: ConcernRow[];
  signIns: SignIn[];
}

export interface SchoolOptions {
  /** Last day with sessions and concerns, in England. */
  today: IsoDate;
  /** Appropriate body names to choose from (the migration's reference rows). */
  appropriateBodies: readonly string[];
  bankHolidays: ReadonlySet<IsoDate>;
  /**
   * Drop-ins, observations and joint planning logged as separate sessions, per term week of a
   * pairing, on top of the cadence.
   */
  extraSessionsPerWeek: number;
}

/** Phase weights: mostly primary, as England's state schools are (an estimate, not a count). */
const PHASE_WEIGHTS: Record<SchoolPhase, number> = {
  primary: 70,
  secondary: 20,
  all_through: 4,
  special: 6,
};

/** Mean ECTs per school by phase; with the phase weights this averages 20 per school. */
const MEAN_ECTS: Record<SchoolPhase, number> = {
  primary: 11,
  secondary: 56,
  all_through: 67,
  special: 10,
};

/** Mean teachers with no mentoring role, by phase. */
const MEAN_OTHER_STAFF: Record<SchoolPhase, number> = {
  primary: 15,
  secondary: 60,
  all_through: 70,
  special: 20,
};

const PHASE_SUFFIX: Record<SchoolPhase, string[]> = {
  primary: ['Primary School', 'Infant and Junior School', 'Primary Academy', 'C of E Primary'],
  secondary: ['Academy', 'High School', 'School', 'Community College'],
  all_through: ['All-Through School', 'Academy (3–18)'],
  special: ['Special School', 'School (SEND)'],
};

/** Statuses of an induction that has not completed, with the demo seed's spread. */
const OPEN_STATUS_WEIGHTS: Record<Exclude<InductionStatus, 'completed'>, number> = {
  active: 90,
  paused: 2,
  leaving: 2,
  moved_school: 2.5,
  withdrawn: 3.5,
};

const CONCERN_STATUSES: ConcernStatus[] = ['open', 'in_progress', 'escalated', 'resolved'];

const CONCERN_SUMMARIES = {
  ect_progress: [
    'Behaviour management with a Year 9 group after lunch',
    'Planning for pupils with SEND is not yet secure',
    "Progress against the Teachers' Standards at risk before the next review",
    'Subject knowledge gaps in the new scheme of work',
    'Workload: marking is taking most evenings',
  ],
  mentor_capacity: [
    'Mentor time keeps being used for cover',
    'No cover for the timetabled mentor slot this half-term',
    'Mentor has three ECTs and no reduction in timetable',
  ],
};

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

interface Person {
  staff: StaffRow;
  roles: SchoolRole[];
}

interface Cohort {
  startedOn: IsoDate;
  fte: number;
  status: InductionStatus;
  statusChangedOn: IsoDate | null;
}

/** Builds a staff row with a unique name-based email at the school's domain. */
class StaffFactory {
  private readonly emails = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly schoolId: string,
    private readonly domain: string,
  ) {}

  create(options: { qts: boolean; email?: string; userId?: string | null }): StaffRow {
    const first = this.random.pick(FIRST_NAMES);
    const last = this.random.pick(LAST_NAMES);
    let email = options.email;
    if (!email) {
      const local = `${slug(first)}.${slug(last)}`;
      email = `${local}@${this.domain}`;
      for (let n = 2; this.emails.has(email); n += 1) email = `${local}${n}@${this.domain}`;
    }
    this.emails.add(email);
    return {
      id: this.random.uuid(),
      school_id: this.schoolId,
      user_id: options.userId ?? null,
      full_name: `${first} ${last}`,
      email,
      trn: options.qts ? String(this.random.int(1000000, 3999999)) : null,
      qts_held: options.qts,
      created_at: '2024-07-15 09:00:00 Europe/London',
      updated_at: '2024-07-15 09:00:00 Europe/London',
    };
  }
}

function sizeAround(random: Random, mean: number): number {
  return Math.max(1, Math.round(mean * (0.6 + 0.8 * random.float())));
}

/** Picks a day uniformly between first and last inclusive. */
function dayBetween(random: Random, first: IsoDate, last: IsoDate): IsoDate {
  return addDays(first, random.int(0, Math.max(0, daysBetween(first, last))));
}

function londonTime(day: IsoDate, random: Random): string {
  const hour = String(random.int(8, 17)).padStart(2, '0');
  const minute = String(random.pick([0, 5, 10, 20, 30, 40, 45, 50])).padStart(2, '0');
  return `${day} ${hour}:${minute}:00 Europe/London`;
}

function termsOfYear(terms: readonly TermDates[], year: number): TermDates[] {
  return terms.filter((term) => term.academic_year === year);
}

/**
 * Chooses an ECT's cohort relative to the current academic year Y. Most start in September of
 * Y - 2 (completed by now, unless part-time), Y - 1 (year two) or Y (year one). Some start in
 * the January before Y began, or after the October half-term of Y.
 */
function chooseCohort(random: Random, terms: readonly TermDates[], today: IsoDate): Cohort {
  const year = academicYearOf(today);
  const fte = random.chance(0.12) ? random.pick([0.5, 0.6, 0.8]) : 1;
  const kind = random.weighted({ past: 16, second: 36, first: 36, january: 8, late: 4 });
  const autumn = (y: number) => termsOfYear(terms, y)[0]!;
  const spring = (y: number) => termsOfYear(terms, y)[1]!;
  let startedOn: IsoDate;
  if (kind === 'past') startedOn = autumn(year - 2).starts_on;
  else if (kind === 'second') startedOn = autumn(year - 1).starts_on;
  else if (kind === 'january') startedOn = spring(year - 1).starts_on;
  else if (kind === 'late') startedOn = addDays(autumn(year).half_term_ends_on, 3);
  else startedOn = autumn(year).starts_on;
  // The demo's ECTs often start on 1 September, before the first term day.
  if (kind !== 'late' && kind !== 'january' && random.chance(0.5)) {
    startedOn = `${startedOn.slice(0, 4)}-09-01`;
  }
  if (startedOn > today) startedOn = autumn(year - 1).starts_on;

  // A full-time ECT who started two years ago has completed; a part-time one has not.
  if (kind === 'past' && fte === 1) {
    const completedOn = termsOfYear(terms, year - 1)[2]!.ends_on;
    return { startedOn, fte, status: 'completed', statusChangedOn: completedOn };
  }
  const status = random.weighted(OPEN_STATUS_WEIGHTS);
  if (status === 'active') return { startedOn, fte, status, statusChangedOn: null };
  const changedOn = dayBetween(random, addDays(startedOn, 30), addDays(today, -1));
  return { startedOn, fte, status, statusChangedOn: changedOn > today ? today : changedOn };
}

interface PairingPlan {
  mentor: MentorRow;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  endReason: string | null;
}

/** Plans an induction's pairings: one mentor, a change of mentor, or a lapse with no mentor. */
function planPairings(
  random: Random,
  induction: InductionRow,
  mentors: readonly MentorRow[],
  today: IsoDate,
): PairingPlan[] {
  const first = random.pick(mentors);
  const endOfInduction = induction.status === 'active' ? null : induction.status_changed_on;
  const reasonFor: Record<InductionStatus, string> = {
    active: '',
    paused: 'Induction paused.',
    leaving: 'ECT is leaving the school.',
    moved_school: 'ECT moved to another school.',
    withdrawn: 'ECT left teaching.',
    completed: 'Induction completed.',
  };
  const lastDay = endOfInduction ?? today;
  const span = daysBetween(induction.started_on, lastDay);
  const delay = random.chance(0.05) ? random.int(7, 14) : 0;
  const startedOn = addDays(induction.started_on, Math.min(delay, Math.max(0, span)));

  // About 3% of active ECTs lost their mentor recently and have no current one.
  if (endOfInduction === null && span > 60 && random.chance(0.03)) {
    const endedOn = addDays(today, -random.int(14, 42));
    return [{ mentor: first, startedOn, endedOn, endReason: 'Mentor left the school.' }];
  }
  // About 10% changed mentor part-way through.
  if (span > 90 && mentors.length > 1 && random.chance(0.1)) {
    const changeOn = addDays(startedOn, random.int(30, span - 30));
    let second = random.pick(mentors);
    if (second.id === first.id) second = mentors[(mentors.indexOf(first) + 1) % mentors.length]!;
    return [
      { mentor: first, startedOn, endedOn: changeOn, endReason: 'Mentor changed phase.' },
      {
        mentor: second,
        startedOn: addDays(changeOn, 1),
        endedOn: endOfInduction,
        endReason: endOfInduction ? reasonFor[induction.status] : null,
      },
    ];
  }
  return [
    {
      mentor: first,
      startedOn,
      endedOn: endOfInduction,
      endReason: endOfInduction ? reasonFor[induction.status] : null,
    },
  ];
}

function slotFor(
  random: Random,
  pairing: PairingRow,
): Omit<TimetableSlotRow, 'id' | 'school_id' | 'pairing_id'> {
  const inTeachingHours = random.chance(0.65);
  const startsAt = inTeachingHours
    ? random.pick(['09:00', '10:40', '11:20', '13:30', '14:10'])
    : random.pick(['08:00', '15:30', '15:45']);
  const from = random.chance(0.2) ? addDays(pairing.started_on, 7) : pairing.started_on;
  const effectiveFrom = pairing.ended_on && from > pairing.ended_on ? pairing.started_on : from;
  return {
    weekday: random.int(1, 5),
    starts_at: startsAt,
    minutes: random.pick([30, 40, 45, 60]),
    in_teaching_hours: inTeachingHours,
    effective_from: effectiveFrom,
    effective_to: pairing.ended_on,
    created_at: `${effectiveFrom} 08:30:00 Europe/London`,
    updated_at: `${effectiveFrom} 08:30:00 Europe/London`,
  };
}

function concernRows(
  random: Random,
  school: SchoolRow,
  tutor: StaffRow,
  inductions: readonly InductionRow[],
  mentors: readonly MentorRow[],
  pairings: readonly PairingRow[],
  today: IsoDate,
): ConcernRow[] {
  const count = Math.max(4, Math.round(inductions.length * 0.3));
  const concerns: ConcernRow[] = [];
  for (let n = 0; n < count; n += 1) {
    // The first four of each school take each status once, so every school has all four.
    const status =
      n < CONCERN_STATUSES.length
        ? CONCERN_STATUSES[n]!
        : random.weighted({ open: 30, in_progress: 20, escalated: 15, resolved: 35 });
    const aboutEct = random.chance(0.7);
    const raisedOn =
      status === 'resolved'
        ? addDays(today, -random.int(45, 420))
        : addDays(today, -random.int(0, 90));
    const raisedAt = londonTime(raisedOn, random);
    let row: Pick<ConcernRow, 'subject' | 'ect_induction_id' | 'mentor_id' | 'raised_by_staff_id'>;
    if (aboutEct) {
      const induction = random.pick(inductions);
      const pairing = pairings.find((candidate) => candidate.ect_induction_id === induction.id);
      const mentor = mentors.find((candidate) => candidate.id === pairing?.mentor_id);
      row = {
        subject: 'ect_progress',
        ect_induction_id: induction.id,
        mentor_id: null,
        raised_by_staff_id: mentor && random.chance(0.7) ? mentor.staff_id : tutor.id,
      };
    } else {
      const mentor = random.pick(mentors);
      row = {
        subject: 'mentor_capacity',
        ect_induction_id: null,
        mentor_id: mentor.id,
        raised_by_staff_id: mentor.staff_id,
      };
    }
    const escalatedOn =
      status === 'escalated'
        ? addDays(raisedOn, Math.min(random.int(3, 20), daysBetween(raisedOn, today)))
        : null;
    const resolvedOn =
      status === 'resolved'
        ? addDays(raisedOn, Math.min(random.int(7, 40), daysBetween(raisedOn, today)))
        : null;
    const resolvedAt = resolvedOn ? `${resolvedOn} 12:00:00 Europe/London` : null;
    concerns.push({
      id: random.uuid(),
      school_id: school.id,
      ...row,
      summary: random.pick(CONCERN_SUMMARIES[row.subject]),
      details: random.chance(0.5) ? 'Discussed with the induction tutor; next steps agreed.' : null,
      status,
      assigned_to_staff_id: tutor.id,
      raised_at: raisedAt,
      escalated_on: escalatedOn,
      resolved_at: resolvedAt,
      resolution: resolvedAt ? 'Support put in place and reviewed; resolved.' : null,
      updated_at: resolvedAt ?? raisedAt,
    });
  }
  return concerns;
}

/** School number n (from 0) gets URN 100000 + n, clear of the demo's 99xxxx. */
export function benchUrn(index: number): string {
  return String(100000 + index);
}

export function schoolDomain(index: number): string {
  return `school-${String(index + 1).padStart(4, '0')}.bench.example`;
}

/**
 * Generates school number `index` (from 0). The same index and options always give the same
 * rows, whatever the scale, so a school's figures can be compared across runs.
 */
export function generateSchool(index: number, options: SchoolOptions): GeneratedSchool {
  const random = new Random(0x5eed0000 + index);
  const { today } = options;
  const phase = random.weighted(PHASE_WEIGHTS);
  const schoolId = random.uuid();
  const domain = schoolDomain(index);
  const year = academicYearOf(today);
  const yearTwoWeekly = random.chance(0.1);

  const school: SchoolRow = {
    id: schoolId,
    urn: benchUrn(index),
    name: `${random.pick(PLACES)} ${random.pick(PHASE_SUFFIX[phase])}`,
    phase,
    local_authority: random.pick(LOCAL_AUTHORITIES),
    appropriate_body_name: random.pick(options.appropriateBodies),
    year_one_sessions_per_week: 1,
    year_two_sessions_per_week: yearTwoWeekly ? 1 : 0.5,
    created_at: '2024-07-15 09:00:00 Europe/London',
  };

  const variation = randomCalendarVariation(random);
  const terms = [year - 2, year - 1, year, year + 1].flatMap((y) =>
    academicYearTerms(y, variation),
  );
  const calendar = buildSchoolCalendar(terms, options.bankHolidays);
  const termDates: TermDateRow[] = terms.map((term) => ({
    ...term,
    id: random.uuid(),
    school_id: schoolId,
  }));

  const factory = new StaffFactory(random, schoolId, domain);
  const people: Person[] = [];
  const signIns: SignIn[] = [];
  const addSignIn = (role: SignInRole, staff: StaffRow) => {
    staff.email = `${role}@${domain}`;
    staff.user_id = random.uuid();
    signIns.push({
      role,
      email: staff.email,
      userId: staff.user_id,
      staffId: staff.id,
      schoolId,
      inductionId: null,
    });
  };

  const head: Person = { staff: factory.create({ qts: true }), roles: ['headteacher'] };
  const tutor: Person = { staff: factory.create({ qts: true }), roles: ['induction_tutor'] };
  addSignIn('head', head.staff);
  addSignIn('tutor', tutor.staff);
  people.push(head, tutor);

  const ectCount = sizeAround(random, MEAN_ECTS[phase]);
  const mentorCount = Math.max(1, Math.round(ectCount * 0.75));
  // In about a third of schools the induction tutor mentors too, as at Oakfield.
  const tutorMentors = random.chance(0.3);
  const mentorPeople: Person[] = [];
  for (let n = 0; n < mentorCount; n += 1) {
    if (n === 0 && tutorMentors) {
      tutor.roles.push('mentor');
      mentorPeople.push(tutor);
      continue;
    }
    const person: Person = {
      staff: factory.create({ qts: !random.chance(0.05) }),
      roles: ['mentor'],
    };
    mentorPeople.push(person);
    people.push(person);
  }
  const mentors: MentorRow[] = mentorPeople.map((person) => {
    const withoutQts = !person.staff.qts_held;
    const checkRequested = withoutQts
      ? dayBetween(random, addDays(today, -200), addDays(today, -20))
      : null;
    const checkConfirmed =
      checkRequested && random.chance(0.5) ? addDays(checkRequested, 14) : null;
    const scheme = random.chance(0.5) ? ('mentor_2025' as const) : ('ecf_based' as const);
    return {
      id: random.uuid(),
      school_id: schoolId,
      staff_id: person.staff.id,
      ab_check_requested_on: checkRequested,
      ab_check_confirmed_on: checkConfirmed,
      dfe_registered_on: random.chance(0.9) ? `${year - 1}-07-18` : null,
      training_scheme: scheme,
      training_started_on: scheme === 'mentor_2025' ? '2025-09-22' : `${year - 2}-09-06`,
      created_at: school.created_at,
      updated_at: school.created_at,
    };
  });

  const inductions: InductionRow[] = [];
  for (let n = 0; n < ectCount; n += 1) {
    const person: Person = { staff: factory.create({ qts: true }), roles: ['ect'] };
    people.push(person);
    const cohort = chooseCohort(random, terms, today);
    inductions.push({
      id: random.uuid(),
      school_id: schoolId,
      ect_staff_id: person.staff.id,
      started_on: cohort.startedOn,
      fte: cohort.fte,
      programme: random.chance(0.85) ? 'provider_led' : 'school_led',
      status: cohort.status,
      status_changed_on: cohort.statusChangedOn,
      year_one_reduction_percent: 10,
      year_two_reduction_percent: 5,
      created_at: `${cohort.startedOn} 08:00:00 Europe/London`,
      updated_at: `${cohort.statusChangedOn ?? cohort.startedOn} 16:00:00 Europe/London`,
    });
  }
  const otherCount = sizeAround(random, MEAN_OTHER_STAFF[phase]);
  for (let n = 0; n < otherCount; n += 1) {
    people.push({ staff: factory.create({ qts: !random.chance(0.1) }), roles: [] });
  }

  const pairings: PairingRow[] = [];
  const timetableSlots: TimetableSlotRow[] = [];
  const sessions: GeneratedSession[] = [];
  for (const induction of inductions) {
    for (const plan of planPairings(random, induction, mentors, today)) {
      const pairing: PairingRow = {
        id: random.uuid(),
        school_id: schoolId,
        mentor_id: plan.mentor.id,
        ect_induction_id: induction.id,
        started_on: plan.startedOn,
        ended_on: plan.endedOn,
        end_reason: plan.endReason,
        created_at: `${plan.startedOn} 08:30:00 Europe/London`,
        updated_at: `${plan.endedOn ?? plan.startedOn} 16:00:00 Europe/London`,
      };
      pairings.push(pairing);
      // About 8% of pairings have no timetabled slot, like Tomasz's at Oakfield.
      const slot = random.chance(0.92) ? slotFor(random, pairing) : null;
      if (slot)
        timetableSlots.push({
          id: random.uuid(),
          school_id: schoolId,
          pairing_id: pairing.id,
          ...slot,
        });
      sessions.push(
        ...planPairingSessions(random, {
          pairing,
          induction,
          school,
          calendar,
          today,
          weekday: slot?.weekday ?? random.int(1, 5),
          minutes: slot?.minutes ?? 30,
          inTeachingHours: slot?.in_teaching_hours ?? true,
          extraSessionsPerWeek: options.extraSessionsPerWeek,
        }),
      );
    }
  }

  // The mentor and ECT sign-ins go to people with a current pairing, so their pages show data.
  const current = pairings.find(
    (pairing) =>
      pairing.ended_on === null &&
      pairing.started_on <= today &&
      inductions.some(
        (induction) => induction.id === pairing.ect_induction_id && induction.status === 'active',
      ) &&
      mentors.some(
        (mentor) => mentor.id === pairing.mentor_id && mentor.staff_id !== tutor.staff.id,
      ),
  );
  if (current) {
    const mentorStaffId = mentors.find((mentor) => mentor.id === current.mentor_id)!.staff_id;
    const ectStaffId = inductions.find(
      (induction) => induction.id === current.ect_induction_id,
    )!.ect_staff_id;
    addSignIn('mentor', people.find((person) => person.staff.id === mentorStaffId)!.staff);
    addSignIn('ect', people.find((person) => person.staff.id === ectStaffId)!.staff);
    signIns[signIns.length - 1]!.inductionId = current.ect_induction_id;
    const mentorUserId = signIns.find((signIn) => signIn.role === 'mentor')!.userId;
    const mentorPairings = new Set(
      pairings
        .filter((pairing) => pairing.mentor_id === current.mentor_id)
        .map((pairing) => pairing.id),
    );
    for (const session of sessions) {
      if (mentorPairings.has(session.pairing_id)) session.created_by = mentorUserId;
    }
  }

  const schoolRoles: SchoolRoleRow[] = people.flatMap((person) =>
    person.roles.map((role) => ({
      id: random.uuid(),
      school_id: schoolId,
      staff_id: person.staff.id,
      role,
      created_at: school.created_at,
    })),
  );

  return {
    index,
    school,
    termDates,
    staff: people.map((person) => person.staff),
    schoolRoles,
    inductions,
    mentors,
    pairings,
    timetableSlots,
    sessions,
    concerns: concernRows(random, school, tutor.staff, inductions, mentors, pairings, today),
    signIns,
  };
}
