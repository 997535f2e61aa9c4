import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../types';

/** Lists roles in a fixed order: 'Mentor, Induction tutor'; 'No role' when there are none. */
export function rolesText(roles: readonly { role: StaffRole }[]): string {
  const held = new Set(roles.map((item) => item.role));
  const labels = STAFF_ROLES.filter((role) => held.has(role)).map(
    (role) => STAFF_ROLE_LABELS[role],
  );

  return labels.length > 0 ? labels.join(', ') : 'No role';
}
