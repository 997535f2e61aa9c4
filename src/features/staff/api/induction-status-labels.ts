/** Induction statuses as the staff pages show them. */
export const INDUCTION_STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  paused: 'Paused',
  leaving: 'Leaving',
  moved_school: 'Moved school',
  withdrawn: 'Withdrawn',
  completed: 'Completed',
};
