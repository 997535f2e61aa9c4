// Shapes of the object that `school_dashboard(p_school_id)` returns, checked on arrival by
// parseSchoolDashboard; docs/DASHBOARD.md defines every figure. Its parts have the columns of
// school_dashboard_tiles, school_dashboard_ects and school_dashboard_checkpoints. jsonb sends
// `numeric` as a JSON number, but the formatters in @/lib/format also take the string that a
// `numeric` column can arrive as, so these types allow both.

type Numeric = number | string;

/** Headline figures: the one row of `school_dashboard_tiles(p_school_id)`. */
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

/** An active ECT: one row of `school_dashboard_ects(p_school_id)`. */
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

/** An active ECT's reviews: one row of `school_dashboard_checkpoints(p_school_id)`. */
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

/** The object `school_dashboard(p_school_id)` returns. */
export interface SchoolDashboard {
  /** The date the figures are for (ISO), today in England unless the call gave one. */
  as_of: string;
  tiles: SchoolDashboardTiles;
  /** Ordered by name. */
  ects: SchoolDashboardEct[];
  /** The same ECTs as `ects`, ordered by induction id. */
  checkpoints: SchoolDashboardCheckpoint[];
}

/** An ECT's dashboard row joined with its checkpoint row, when it has one. */
export type DashboardEctRow = SchoolDashboardEct &
  Partial<Omit<SchoolDashboardCheckpoint, 'ect_induction_id'>>;
