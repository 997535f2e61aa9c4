import { Tag, type TagColour } from '@/components/tag';

const STATUS: Record<string, { label: string; colour?: TagColour }> = {
  open: { label: 'Open' },
  in_progress: { label: 'In progress', colour: 'yellow' },
  escalated: { label: 'Escalated to the appropriate body', colour: 'red' },
  resolved: { label: 'Resolved', colour: 'green' },
};

export function ConcernStatusTag({ status }: { status: string }) {
  const shown = STATUS[status] ?? { label: status, colour: 'grey' };
  return <Tag colour={shown.colour}>{shown.label}</Tag>;
}
