// The demo world expanded into table rows. Field names are the column names, so the SQL
// generator writes rows as they are and the independent calculator reads the same values
// that the database holds.

import type { TermDates } from './calendar.ts';
import type { IsoDate } from './dates.ts';
import type {
  ConcernStatus,
  ConcernSubject,
  InductionProgramme,
  InductionStatus,
  MentorTrainingScheme,
  SchoolPhase,
  SchoolRole,
  SessionKind,
} from './types.ts';

/**
 * A timestamptz literal in England's time zone, such as '2026-11-24 16:20:00 Europe/London'.
 * Postgres converts it to an instant on insert.
 */
export type LondonTimestamp = string;

/** An auth.users row; the SQL generator adds encrypted_password, a bcrypt hash. */
export interface AuthUserRow {
  instance_id: string;
  id: string;
  aud: 'authenticated';
  role: 'authenticated';
  email: string;
  email_confirmed_at: LondonTimestamp;
  confirmation_token: '';
  recovery_token: '';
  email_change_token_new: '';
  email_change: '';
  raw_app_meta_data: { provider: 'email'; providers: ['email'] };
  raw_user_meta_data: { full_name: string };
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface AuthIdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: { sub: string; email: string; email_verified: true; phone_verified: false };
  provider: 'email';
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface SchoolRow {
  id: string;
  urn: string;
  name: string;
  phase: SchoolPhase;
  local_authority: string;
  /** Written as a lookup by name, because the migration gives the bodies random ids. */
  appropriate_body_name: string;
  year_one_sessions_per_week: number;
  year_two_sessions_per_week: number;
  created_at: LondonTimestamp;
}

export interface TermDateRow extends TermDates {
  id: string;
  school_id: string;
}

export interface StaffRow {
  id: string;
  school_id: string;
  user_id: string | null;
  full_name: string;
  email: string;
  trn: string | null;
  qts_held: boolean;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface SchoolRoleRow {
  id: string;
  school_id: string;
  staff_id: string;
  role: SchoolRole;
  created_at: LondonTimestamp;
}

export interface InductionRow {
  id: string;
  school_id: string;
  ect_staff_id: string;
  started_on: IsoDate;
  fte: number;
  programme: InductionProgramme;
  status: InductionStatus;
  status_changed_on: IsoDate | null;
  year_one_reduction_percent: number;
  year_two_reduction_percent: number;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

/** A progress review or formal assessment that took place. */
export interface InductionReviewRow {
  id: string;
  school_id: string;
  ect_induction_id: string;
  induction_term: number;
  completed_on: IsoDate;
  on_track: boolean | null;
  notes: string | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface MentorRow {
  id: string;
  school_id: string;
  staff_id: string;
  ab_check_requested_on: IsoDate | null;
  ab_check_confirmed_on: IsoDate | null;
  dfe_registered_on: IsoDate | null;
  training_scheme: MentorTrainingScheme | null;
  training_started_on: IsoDate | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface MentorTrainingLogRow {
  id: string;
  school_id: string;
  mentor_id: string;
  completed_on: IsoDate;
  hours: number;
  activity: string;
  created_by: string | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface PairingRow {
  id: string;
  school_id: string;
  mentor_id: string;
  ect_induction_id: string;
  started_on: IsoDate;
  ended_on: IsoDate | null;
  end_reason: string | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface TimetableSlotRow {
  id: string;
  school_id: string;
  pairing_id: string;
  weekday: number;
  starts_at: string;
  minutes: number;
  in_teaching_hours: boolean;
  effective_from: IsoDate;
  effective_to: IsoDate | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface MentorSessionRow {
  id: string;
  school_id: string;
  pairing_id: string;
  held_on: IsoDate;
  minutes: number;
  kind: SessionKind;
  in_teaching_hours: boolean;
  notes: string | null;
  created_by: string | null;
  created_at: LondonTimestamp;
  updated_at: LondonTimestamp;
}

export interface ConcernRow {
  id: string;
  school_id: string;
  subject: ConcernSubject;
  ect_induction_id: string | null;
  mentor_id: string | null;
  summary: string;
  details: string | null;
  status: ConcernStatus;
  raised_by_staff_id: string;
  assigned_to_staff_id: string | null;
  raised_at: LondonTimestamp;
  escalated_on: IsoDate | null;
  resolved_at: LondonTimestamp | null;
  resolution: string | null;
  updated_at: LondonTimestamp;
}

/** Every row of the demo world, table by table, in an order that satisfies foreign keys. */
export interface SeedRows {
  /** Last day that may have sessions: the seed never writes a session after it. */
  today: IsoDate;
  /** School key ('oakfield') to school id. */
  schoolIds: Record<string, string>;
  authUsers: AuthUserRow[];
  authIdentities: AuthIdentityRow[];
  schools: SchoolRow[];
  termDates: TermDateRow[];
  staff: StaffRow[];
  schoolRoles: SchoolRoleRow[];
  inductions: InductionRow[];
  /** Optional, so that row sets built elsewhere (the benchmark's schools) may leave it out. */
  inductionReviews?: InductionReviewRow[];
  mentors: MentorRow[];
  mentorTrainingLogs: MentorTrainingLogRow[];
  pairings: PairingRow[];
  timetableSlots: TimetableSlotRow[];
  mentorSessions: MentorSessionRow[];
  concerns: ConcernRow[];
}
