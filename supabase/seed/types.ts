// Shapes of the demo world's declarative definition. Keys ('oakfield', 'siobhan-obrien') name
// things inside the definition; the generator turns them into stable uuids.

import type { IsoDate } from './dates.ts';

export type SchoolPhase = 'primary' | 'secondary' | 'all_through' | 'special';
export type SchoolRole = 'headteacher' | 'induction_tutor' | 'mentor' | 'ect';
export type InductionProgramme = 'provider_led' | 'school_led';
export type InductionStatus =
  'active' | 'paused' | 'leaving' | 'moved_school' | 'withdrawn' | 'completed';
export type MentorTrainingScheme = 'ecf_based' | 'mentor_2025';
export type SessionKind = 'meeting' | 'observation' | 'drop_in' | 'joint_planning' | 'other';
export type ConcernSubject = 'ect_progress' | 'mentor_capacity';
export type ConcernStatus = 'open' | 'in_progress' | 'escalated' | 'resolved';

/** ISO weekday of a school day: 1 = Monday ... 5 = Friday. */
export type SchoolWeekday = 1 | 2 | 3 | 4 | 5;

/** A local time in England, 'HH:MM'. */
export type LocalTime = string;

/** A local date and time in England, 'YYYY-MM-DDTHH:MM'. */
export type LocalDateTime = string;

/** One term: first and last day, and the half-term holiday inside it (inclusive). */
export interface TermDefinition {
  starts: IsoDate;
  halfTerm: [IsoDate, IsoDate];
  ends: IsoDate;
}

/** One academic year of terms. `year` is the calendar year in which it starts. */
export interface AcademicYearDefinition {
  year: number;
  autumn: TermDefinition;
  spring: TermDefinition;
  summer: TermDefinition;
}

export interface StaffDefinition {
  key: string;
  name: string;
  email: string;
  /** Teacher reference number, 7 digits. */
  trn?: string;
  qts: boolean;
  /** Roles besides `mentor` and `ect`, which follow from the mentors and inductions lists. */
  roles?: ('headteacher' | 'induction_tutor')[];
  /** A demo sign-in: this person gets an auth user with the demo password. */
  signIn?: boolean;
}

export interface MentorDefinition {
  staff: string;
  abCheckRequestedOn?: IsoDate;
  abCheckConfirmedOn?: IsoDate;
  dfeRegisteredOn?: IsoDate;
  trainingScheme?: MentorTrainingScheme;
  trainingStartedOn?: IsoDate;
  /** Mentor training the mentor logged; an entry after the seed's `today` is left out. */
  trainingLogs?: TrainingLogDefinition[];
}

/** One mentor-training activity: a module, a session with the provider, self-study. */
export interface TrainingLogDefinition {
  on: IsoDate;
  /** Hours spent, in quarter hours up to 12. */
  hours: number;
  activity: string;
}

/** The weekly timetabled mentor time of a pairing. */
export interface SlotDefinition {
  weekday: SchoolWeekday;
  startsAt: LocalTime;
  minutes: number;
  inTeachingHours: boolean;
  /** First day in effect; the pairing's start when omitted. */
  from?: IsoDate;
  /** Last day in effect; open-ended when omitted. */
  to?: IsoDate;
}

/** A stretch of days with no sessions, for example the mentor's illness. */
export interface SessionGap {
  from: IsoDate;
  to: IsoDate;
  reason: 'illness' | 'mentor illness' | 'mock exams' | 'school trip' | 'inspection';
}

export interface OneOffSession {
  on: IsoDate;
  minutes: number;
  kind: SessionKind;
  inTeachingHours: boolean;
  notes?: string;
}

/**
 * How often a pairing met. A session falls on `weekday` of every `everyWeeks`-th term week
 * (counted from the pattern's start) when that day is a term day, not a bank holiday and
 * outside every gap. Kinds repeat in the order given.
 */
export interface SessionPattern {
  weekday: SchoolWeekday;
  minutes: number;
  inTeachingHours: boolean;
  everyWeeks?: 1 | 2;
  kinds?: SessionKind[];
  /** First possible day; the pairing's start when omitted. */
  from?: IsoDate;
  /** Last day a session can fall on, because the pairing lapsed after it. */
  stopsAfter?: IsoDate;
  skip?: SessionGap[];
  extra?: OneOffSession[];
}

export interface PairingDefinition {
  mentor: string;
  startedOn: IsoDate;
  endedOn?: IsoDate;
  endReason?: string;
  slots?: SlotDefinition[];
  sessions?: SessionPattern[];
}

export interface InductionDefinition {
  key: string;
  /** Staff key of the ECT. */
  ect: string;
  startedOn: IsoDate;
  /** Full-time equivalent, 0.1 to 1 in steps of 0.01; 1 when omitted. */
  fte?: number;
  programme: InductionProgramme;
  /** Current status and the day it changed; active when omitted. */
  status?: { status: Exclude<InductionStatus, 'active'>; on: IsoDate };
  yearOneReductionPercent?: number;
  yearTwoReductionPercent?: number;
  pairings: PairingDefinition[];
  /**
   * Progress reviews and assessments (by induction term, 1 to 6) that differ from the demo's
   * rule: each is recorded a week before it falls due.
   */
  reviews?: { missed?: number[]; notOnTrack?: number[] };
}

interface ConcernBase {
  key: string;
  summary: string;
  details?: string;
  /** Staff key of the person who raised it. */
  raisedBy: string;
  assignedTo?: string;
  raisedAt: LocalDateTime;
  status: ConcernStatus;
  escalatedOn?: IsoDate;
  resolvedAt?: LocalDateTime;
  resolution?: string;
}

/** A concern about an ECT's progress (an induction key) or a mentor's capacity (a staff key). */
export type ConcernDefinition =
  | (ConcernBase & { subject: 'ect_progress'; induction: string })
  | (ConcernBase & { subject: 'mentor_capacity'; mentor: string });

export interface SchoolDefinition {
  key: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  localAuthority: string;
  /** Exact name from supabase/data/appropriate-bodies.csv. */
  appropriateBody: string;
  yearOneSessionsPerWeek?: number;
  yearTwoSessionsPerWeek?: number;
  /** Time the school's records were first entered, written to the created_at columns. */
  recordsCreatedAt: LocalDateTime;
  academicYears: AcademicYearDefinition[];
  staff: StaffDefinition[];
  mentors: MentorDefinition[];
  inductions: InductionDefinition[];
  concerns: ConcernDefinition[];
}

export interface WorldDefinition {
  /** Password of every demo sign-in. */
  demoPassword: string;
  /** Bank holidays in England and Wales: no mentor session is placed on one. */
  bankHolidays: IsoDate[];
  schools: SchoolDefinition[];
}
