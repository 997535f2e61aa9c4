export type StaffRole = 'headteacher' | 'induction_tutor' | 'mentor' | 'ect';

export const STAFF_ROLES: readonly StaffRole[] = [
  'mentor',
  'ect',
  'headteacher',
  'induction_tutor',
];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  mentor: 'Mentor',
  ect: 'ECT',
  headteacher: 'Headteacher',
  induction_tutor: 'Induction tutor',
};

export type InductionProgramme = 'provider_led' | 'school_led';

export const PROGRAMME_LABELS: Record<InductionProgramme, string> = {
  provider_led: 'Provider-led',
  school_led: 'School-led',
};

/** One row of the school's staff list. */
export interface StaffListRow {
  id: string;
  full_name: string;
  email: string;
  trn: string | null;
  qts_held: boolean;
  subject_or_phase: string | null;
  /** The auth user who claimed the invitation; null while the person is only invited. */
  user_id: string | null;
  school_roles: { role: StaffRole }[];
}

export interface MentorDetails {
  id: string;
  ab_check_requested_on: string | null;
  ab_check_confirmed_on: string | null;
  dfe_registered_on: string | null;
  version: number;
}

export interface MenteePairing {
  id: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  ect_induction: { id: string; ect: { full_name: string } | null } | null;
}

export interface StaffInduction {
  id: string;
  started_on: string;
  status: string;
  fte: number | string;
  programme: InductionProgramme;
}

/** A person's full record at one school. */
export interface StaffMember extends StaffListRow {
  version: number;
  created_at: string;
  /** The mentors row: unique per person and school, so PostgREST embeds one object or null. */
  mentors: (MentorDetails & { pairings: MenteePairing[] }) | null;
  ect_inductions: StaffInduction[];
}

/** One person as `save_staff_members` takes them. Null or absent fields keep what is stored. */
export interface StaffMemberInput {
  row?: number;
  full_name: string;
  email: string;
  roles: StaffRole[];
  trn?: string | null;
  qts_held?: boolean | null;
  subject_or_phase?: string | null;
  induction?: {
    started_on: string;
    fte?: number | null;
    programme?: InductionProgramme | null;
    dfe_registered_on?: string | null;
  } | null;
  mentor?: {
    ab_check_requested_on?: string | null;
    ab_check_confirmed_on?: string | null;
    dfe_registered_on?: string | null;
  } | null;
}

export interface SavedStaffMember {
  row_number: number;
  staff_id: string;
  action: 'created' | 'updated' | 'unchanged';
}
