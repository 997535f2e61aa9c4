import type { TagColour } from '@/components/tag';

import type { DashboardEctRow } from '../types';

export interface EctFlag {
  key: string;
  label: string;
  colour: TagColour;
}

// Red for a statutory gap (every ECT must have a mentor, and reviews and assessments are due
// each term), orange for arrangements the guidance warns about, yellow for ones worth a second
// look, grey for a reminder.
const FLAG_DEFINITIONS: {
  key: keyof DashboardEctRow & `flag_${string}`;
  label: string;
  colour: TagColour;
}[] = [
  { key: 'flag_no_mentor', label: 'No mentor', colour: 'red' },
  { key: 'flag_checkpoint_overdue', label: 'Review or assessment overdue', colour: 'red' },
  {
    key: 'flag_mentor_without_qts',
    label: 'Mentor has no QTS and no appropriate body check',
    colour: 'orange',
  },
  { key: 'flag_no_slot', label: 'No timetabled slot', colour: 'orange' },
  {
    key: 'flag_slot_outside_teaching_hours',
    label: 'Slot outside teaching hours',
    colour: 'yellow',
  },
  {
    key: 'flag_mentor_is_induction_tutor',
    label: 'Mentor is the induction tutor',
    colour: 'yellow',
  },
  { key: 'flag_checkpoint_due', label: 'Review or assessment due this term', colour: 'grey' },
];

/** Lists the flags raised on an ECT's row, most serious first. */
export function ectFlags(row: DashboardEctRow): EctFlag[] {
  return FLAG_DEFINITIONS.filter((definition) => row[definition.key] === true);
}
