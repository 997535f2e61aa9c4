import { Tag } from '@/components/tag';
import { formatShortDate } from '@/lib/dates';

import type { Checkpoint } from '../types';

export function CheckpointStatusTag({ checkpoint }: { checkpoint: Checkpoint }) {
  switch (checkpoint.status) {
    case 'done':
      return (
        <Tag colour="green">
          Done {checkpoint.completed_on ? formatShortDate(checkpoint.completed_on) : ''}
        </Tag>
      );
    case 'overdue':
      return <Tag colour="red">Overdue</Tag>;
    case 'due':
      return <Tag colour="orange">Due this term</Tag>;
    default:
      return <Tag colour="grey">Upcoming</Tag>;
  }
}
