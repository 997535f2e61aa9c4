// Shapes of the headteacher's functions; docs/ROLE-VIEWS.md defines every figure.

type Numeric = number | string;

export interface MentorTimeRow {
  mentor_id: string;
  mentor_name: string;
  ects_mentored: number;
  year_two_ects: number;
  slots_per_week: number;
  expected_sessions_per_week: Numeric;
  timetabled_minutes_per_week: number;
  minutes_in_teaching_hours: number;
  year_two_minutes_this_year: number;
  year_two_funded_minutes: number;
}

/** The JSON object `school_mentor_time(p_school_id)` returns. */
export interface SchoolMentorTime {
  as_of: string;
  academic_year: number | null;
  mentors: MentorTimeRow[];
  pairings_without_slot: {
    pairing_id: string;
    ect_name: string;
    mentor_name: string;
    started_on: string;
  }[];
  reductions_below_minimum: {
    ect_induction_id: string;
    ect_name: string;
    induction_year: number;
    reduction_percent: Numeric;
    minimum_percent: number;
  }[];
}

/** The JSON object `school_concerns_summary(p_school_id)` returns. */
export interface SchoolConcernsSummary {
  as_of: string;
  open: number;
  in_progress: number;
  escalated: number;
  resolved: number;
  unresolved_ect_progress: number;
  unresolved_mentor_capacity: number;
  oldest_unresolved_days: number | null;
  unresolved: {
    id: string;
    subject: 'ect_progress' | 'mentor_capacity';
    about_name: string | null;
    summary: string;
    status: string;
    raised_on: string;
    raised_by_name: string | null;
    assigned_to_name: string | null;
    escalated_on: string | null;
    days_open: number;
  }[];
}

/** One row of `trust_summary()`: a school where the user holds a role. */
export interface TrustSchool {
  school_id: string;
  school_name: string;
  urn: string;
  whole_school: boolean;
  active_ects: number | null;
  ects_without_mentor: number | null;
  sessions_held_last_4_weeks: number | null;
  sessions_expected_last_4_weeks: Numeric | null;
  ects_without_recent_session: number | null;
  active_pairings: number | null;
  pairings_with_slot: number | null;
  open_concerns: number | null;
  oldest_open_concern_days: number | null;
}
