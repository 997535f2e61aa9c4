// Row shapes of the dashboard functions; docs/DASHBOARD.md defines every figure. Postgres
// `numeric` values may arrive as JSON numbers or strings, so they are typed as both and go
// through the formatters in @/lib/format.

type Numeric = number | string;

/** The one row of `school_dashboard_tiles(p_school_id)`. */
export interface SchoolDashboardTiles {
  active_ects: number;
  ects_without_mentor: number;
  sessions_held_last_4_weeks: number;
  sessions_expected_last_4_weeks: Numeric;
  ects_without_recent_session: number;
  pairings_with_slot: number;
  active_pairings: number;
  open_concerns: number;
  oldest_open_concern_days: number | null;
}

/** One row of `school_dashboard_ects(p_school_id)`: an active ECT. */
export interface SchoolDashboardEct {
  ect_induction_id: string;
  ect_staff_id: string;
  ect_name: string;
  induction_year: number;
  induction_term: number;
  fte: Numeric;
  mentor_staff_id: string | null;
  mentor_name: string | null;
  last_session_on: string | null;
  sessions_this_term: number;
  expected_this_term: Numeric;
  timetabled_minutes_per_week: number;
  open_concerns: number;
  flag_no_mentor: boolean;
  flag_mentor_without_qts: boolean;
  flag_mentor_is_induction_tutor: boolean;
  flag_no_slot: boolean;
  flag_slot_outside_teaching_hours: boolean;
}

/** One row of `school_dashboard_checkpoints(p_school_id)`: an active ECT's reviews. */
export interface SchoolDashboardCheckpoint {
  ect_induction_id: string;
  /** The first induction term whose review or assessment is not recorded; null when all are. */
  next_checkpoint_term: number | null;
  next_checkpoint_kind: 'progress_review' | 'formal_assessment' | null;
  /** Last day of that checkpoint's school term; null when the term dates do not reach it. */
  next_checkpoint_due_on: string | null;
  checkpoints_overdue: number;
  flag_checkpoint_due: boolean;
  flag_checkpoint_overdue: boolean;
}

/** An ECT's dashboard row joined with its checkpoint row, when that has loaded. */
export type DashboardEctRow = SchoolDashboardEct &
  Partial<Omit<SchoolDashboardCheckpoint, 'ect_induction_id'>>;
