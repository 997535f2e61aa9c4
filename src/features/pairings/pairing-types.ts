/** A pairing of the induction, with what the mentor panel shows of the mentor. */
export interface InductionPairing {
  id: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  mentor: {
    id: string;
    ab_check_confirmed_on: string | null;
    staff: { id: string; full_name: string; qts_held: boolean } | null;
  } | null;
}

/** The induction as the mentor pages need it. */
export interface PairingInduction {
  id: string;
  started_on: string;
  status: string;
  ect: { id: string; full_name: string; subject_or_phase: string | null } | null;
  pairings: InductionPairing[];
}

interface MentorPairing {
  id: string;
  started_on: string;
  ended_on: string | null;
  ect_induction: { id: string; ect: { full_name: string } | null } | null;
}

/** A person with the mentor role, and what helps choose them. */
export interface MentorOption {
  id: string;
  full_name: string;
  qts_held: boolean;
  subject_or_phase: string | null;
  school_roles: { role: string }[];
  /** The mentors row: unique per person and school, so PostgREST embeds one object or null. */
  mentors: { id: string; ab_check_confirmed_on: string | null; pairings: MentorPairing[] } | null;
}
