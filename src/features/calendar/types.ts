export type CheckpointKind = 'progress_review' | 'formal_assessment';

export type CheckpointStatus = 'done' | 'overdue' | 'due' | 'upcoming';

/** One row of `induction_calendar(p_ect_induction_id)`. */
export interface Checkpoint {
  induction_term: number;
  kind: CheckpointKind;
  /** First day of the first school term of this induction term; null beyond the term dates. */
  window_starts_on: string | null;
  /** Last day of the last school term of this induction term; null beyond the term dates. */
  due_on: string | null;
  review_id: string | null;
  completed_on: string | null;
  on_track: boolean | null;
  notes: string | null;
  status: CheckpointStatus;
}

export const KIND_LABELS: Record<CheckpointKind, string> = {
  progress_review: 'Progress review',
  formal_assessment: 'Formal assessment',
};
