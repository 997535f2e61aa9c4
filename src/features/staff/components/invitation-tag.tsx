import { Tag } from '@/components/tag';

/** "Invited" until the person signs up with their email address, then "Signed up". */
export function InvitationTag({ userId }: { userId: string | null }) {
  return userId === null ? <Tag colour="yellow">Invited</Tag> : <Tag colour="green">Signed up</Tag>;
}
