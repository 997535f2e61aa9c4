// The induction calendar as docs/DASHBOARD.md defines it, from the school's terms alone. There
// is a progress review in induction terms 1, 2, 4 and 5 and a formal assessment in terms 3 and
// 6, each due on the last day of the last school term of its induction term. It is written
// apart from the SQL (private.induction_checkpoints), so tests can compare the two.

import type { TermDates } from './calendar.ts';
import type { IsoDate } from './dates.ts';

export type CheckpointKind = 'progress_review' | 'formal_assessment';
export type CheckpointStatus = 'done' | 'overdue' | 'due' | 'upcoming';

export interface CheckpointWindow {
  inductionTerm: number;
  kind: CheckpointKind;
  /** First day of the first school term of the induction term; null beyond the term dates. */
  windowStartsOn: IsoDate | null;
  /** Last day of the last school term of the induction term; null beyond the term dates. */
  dueOn: IsoDate | null;
  /** First day of that last school term; null beyond the term dates. */
  dueTermStartsOn: IsoDate | null;
}

export function checkpointKind(inductionTerm: number): CheckpointKind {
  return inductionTerm === 3 || inductionTerm === 6 ? 'formal_assessment' : 'progress_review';
}

/**
 * School term j (1, 2, ... from the term the induction started in) is in induction term
 * floor((j - 1) x fte) + 1, so induction term k spans positions ceil((k - 1) / fte) + 1 to
 * ceil(k / fte). The FTE is taken in whole hundredths, as numeric(3, 2) stores it, so the
 * divisions are exact.
 */
export function positionsOf(inductionTerm: number, fte: number): [number, number] {
  const hundredths = Math.round(fte * 100);
  const first = Math.ceil(((inductionTerm - 1) * 100) / hundredths) + 1;
  const last = Math.ceil((inductionTerm * 100) / hundredths);
  return [first, last];
}

/** Lists the six checkpoints of an induction with their windows and due dates. */
export function checkpointWindows(
  terms: readonly TermDates[],
  startedOn: IsoDate,
  fte: number,
): CheckpointWindow[] {
  const positioned = terms
    .filter((term) => term.ends_on >= startedOn)
    .sort((a, b) => (a.starts_on < b.starts_on ? -1 : 1));

  return [1, 2, 3, 4, 5, 6].map((inductionTerm) => {
    const [first, last] = positionsOf(inductionTerm, fte);
    const firstTerm = positioned[first - 1];
    const lastTerm = positioned[last - 1];
    return {
      inductionTerm,
      kind: checkpointKind(inductionTerm),
      windowStartsOn: firstTerm?.starts_on ?? null,
      dueOn: lastTerm?.ends_on ?? null,
      dueTermStartsOn: lastTerm?.starts_on ?? null,
    };
  });
}

/** A checkpoint's status as of asOf, given whether a review of it is recorded. */
export function checkpointStatus(
  window: CheckpointWindow,
  recorded: boolean,
  asOf: IsoDate,
): CheckpointStatus {
  if (recorded) return 'done';
  if (window.dueOn !== null && window.dueOn < asOf) return 'overdue';
  if (window.dueTermStartsOn !== null && window.dueTermStartsOn <= asOf) return 'due';
  return 'upcoming';
}
