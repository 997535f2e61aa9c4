// Shapes of the induction tutor's ECT pages. Postgres `numeric` values (FTE, reductions) may
// arrive as numbers or strings.

export type InductionStatus =
  'active' | 'paused' | 'leaving' | 'moved_school' | 'withdrawn' | 'completed';

export const INDUCTION_STATUSES: readonly InductionStatus[] = [
  'active',
  'paused',
  'leaving',
  'moved_school',
  'withdrawn',
  'completed',
];

export const STATUS_LABELS: Record<InductionStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  leaving: 'Leaving',
  moved_school: 'Moved school',
  withdrawn: 'Withdrawn',
  completed: 'Completed',
};

export type Programme = 'provider_led' | 'school_led';

export const PROGRAMME_NAMES: Record<Programme, string> = {
  provider_led: 'Provider-led',
  school_led: 'School-led',
};

interface PairingSummary {
  id: string;
  started_on: string;
  ended_on: string | null;
  mentor: { staff: { full_name: string } | null } | null;
}

/** One row of the school's ECT list. */
export interface InductionListRow {
  id: string;
  started_on: string;
  fte: number | string;
  programme: Programme;
  status: InductionStatus;
  status_changed_on: string | null;
  ect: { id: string; full_name: string } | null;
  pairings: PairingSummary[];
}

/** One induction with everything its page shows about the ECT. */
export interface InductionRecord {
  id: string;
  school_id: string;
  started_on: string;
  fte: number | string;
  programme: Programme;
  status: InductionStatus;
  status_changed_on: string | null;
  status_reason: string | null;
  dfe_registered_on: string | null;
  year_one_reduction_percent: number | string;
  year_two_reduction_percent: number | string;
  version: number;
  ect: {
    id: string;
    full_name: string;
    email: string;
    trn: string | null;
    subject_or_phase: string | null;
    user_id: string | null;
  } | null;
}

/** A status the induction held, read from the audit trail of its row. */
export interface StatusHistoryEntry {
  status: InductionStatus;
  changedOn: string;
  reason: string | null;
  recordedAt: string;
}
