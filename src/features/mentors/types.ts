// Row shapes of the mentor's reads; docs/ROLE-VIEWS.md defines each figure. `numeric` values
// may arrive as JSON numbers or strings, so they go through @/lib/format.

type Numeric = number | string;

/** One row of `mentor_pairings_overview(p_school_id)`. */
export interface MentorPairingOverview {
  pairing_id: string;
  ect_induction_id: string;
  ect_staff_id: string;
  ect_name: string;
  induction_status: string;
  pairing_started_on: string;
  induction_started_on: string;
  fte: Numeric;
  induction_year: number;
  induction_term: number;
  sessions_per_week: Numeric;
  half_term_first_day: string | null;
  half_term_last_day: string | null;
  sessions_this_half_term: number;
  expected_this_half_term: Numeric;
  last_session_on: string | null;
  timetabled_minutes_per_week: number;
  next_slot_on: string | null;
  next_slot_starts_at: string | null;
  next_slot_minutes: number | null;
  next_slot_in_teaching_hours: boolean | null;
}

/** The signed-in mentor's `mentors` row at a school. */
export interface MentorRecord {
  id: string;
  training_scheme: 'ecf_based' | 'mentor_2025' | null;
  training_started_on: string | null;
}
