import { formatShortDate } from '@/lib/dates';

import type { DashboardEctRow, SchoolDashboardCheckpoint, SchoolDashboardEct } from '../types';

const KIND_NAMES = {
  progress_review: 'review',
  formal_assessment: 'assessment',
} as const;

/** 'Term 4 review, due 18/12/2026'; 'All recorded' when none is left. */
export function nextCheckpointText(row: DashboardEctRow): string {
  if (row.next_checkpoint_term === undefined) {
    return 'Not available';
  }
  if (row.next_checkpoint_term === null || row.next_checkpoint_kind === null) {
    return 'All recorded';
  }
  const what = `Term ${row.next_checkpoint_term} ${KIND_NAMES[row.next_checkpoint_kind ?? 'progress_review']}`;

  return row.next_checkpoint_due_on
    ? `${what}, due ${formatShortDate(row.next_checkpoint_due_on)}`
    : `${what}, due date not known`;
}

/** Joins each ECT row with its checkpoint row, matched on the induction id. */
export function withCheckpoints(
  ects: readonly SchoolDashboardEct[],
  checkpoints: readonly SchoolDashboardCheckpoint[] | undefined,
): DashboardEctRow[] {
  const byInduction = new Map((checkpoints ?? []).map((row) => [row.ect_induction_id, row]));

  return ects.map((ect) => {
    const checkpoint = byInduction.get(ect.ect_induction_id);
    if (!checkpoint) {
      return ect;
    }
    const { ect_induction_id: _id, ...figures } = checkpoint;
    return { ...ect, ...figures };
  });
}
