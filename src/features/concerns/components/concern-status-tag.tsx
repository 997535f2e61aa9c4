import { Tag, type TagColour } from '@/components/tag';

import { CONCERN_STATUS_LABELS, type ConcernStatus } from '../types';

const COLOURS: Record<ConcernStatus, TagColour> = {
  open: 'red',
  in_progress: 'yellow',
  escalated: 'purple',
  resolved: 'green',
};

export function ConcernStatusTag({ status }: { status: ConcernStatus }) {
  return <Tag colour={COLOURS[status]}>{CONCERN_STATUS_LABELS[status]}</Tag>;
}
