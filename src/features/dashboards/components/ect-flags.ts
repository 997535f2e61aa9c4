import type { TagColour } from '@/components/tag';

import type { SchoolDashboardEct } from '../types';

export interface EctFlag {
  key: string;
  label: string;
  colour: TagColour;
}

// Red for a statutory gap (every ECT must have a mentor), orange for arrangements the
// guidance warns about, yellow for ones worth a second look.
const FLAG_DEFINITIONS: {
  key: keyof SchoolDashboardEct & `flag_${string}`;
  label: string;
  colour: TagColour;
}[] = [
  { key: 'flag_no_mentor', label: 'No mentor', colour: 'red' },
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
];

/** Lists the flags raised on an ECT's row, most serious first. */
export function ectFlags(row: SchoolDashboardEct): EctFlag[] {
  return FLAG_DEFINITIONS.filter((definition) => row[definition.key] === true);
}
