import { Tag, type TagColour } from '@/components/tag';

import { STATUS_LABELS, type InductionStatus } from '../induction-types';

const STATUS_COLOURS: Record<InductionStatus, TagColour> = {
  active: 'green',
  paused: 'yellow',
  leaving: 'orange',
  moved_school: 'grey',
  withdrawn: 'grey',
  completed: 'turquoise',
};

export function StatusTag({ status }: { status: InductionStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
