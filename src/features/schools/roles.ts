export type SchoolRole = 'induction_tutor' | 'headteacher' | 'mentor' | 'ect';

/** One row of `current_user_roles()`: a role the signed-in user has at a school. */
export interface SchoolRoleRow {
  school_id: string;
  school_name: string;
  staff_id: string;
  role: SchoolRole;
}

export interface SchoolMembership {
  schoolId: string;
  schoolName: string;
  /** The user's staff row at this school. */
  staffId: string;
  /** Roles at this school, highest priority first. */
  roles: SchoolRole[];
}

/** The order in which a role decides where a user lands: the first one held wins. */
export const ROLE_PRIORITY: readonly SchoolRole[] = [
  'induction_tutor',
  'headteacher',
  'mentor',
  'ect',
];

export const ROLE_LABELS: Record<SchoolRole, string> = {
  induction_tutor: 'Induction tutor',
  headteacher: 'Headteacher',
  mentor: 'Mentor',
  ect: 'ECT',
};

/** Groups role rows by school, schools in name order and roles in priority order. */
export function groupBySchool(rows: readonly SchoolRoleRow[]): SchoolMembership[] {
  const bySchool = new Map<string, SchoolMembership>();
  for (const row of rows) {
    const membership = bySchool.get(row.school_id) ?? {
      schoolId: row.school_id,
      schoolName: row.school_name,
      staffId: row.staff_id,
      roles: [],
    };
    if (!membership.roles.includes(row.role)) {
      membership.roles.push(row.role);
    }
    bySchool.set(row.school_id, membership);
  }

  const memberships = [...bySchool.values()];
  for (const membership of memberships) {
    membership.roles.sort((a, b) => ROLE_PRIORITY.indexOf(a) - ROLE_PRIORITY.indexOf(b));
  }

  return memberships.sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'en-GB'));
}

/** The page a user lands on at a school, chosen by their highest-priority role there. */
export type SchoolLanding = 'dashboard' | 'my-ects' | 'my-induction';

export function landingForRoles(roles: readonly SchoolRole[]): SchoolLanding | null {
  const top = ROLE_PRIORITY.find((role) => roles.includes(role));
  switch (top) {
    case 'induction_tutor':
    case 'headteacher':
      return 'dashboard';
    case 'mentor':
      return 'my-ects';
    case 'ect':
      return 'my-induction';
    default:
      return null;
  }
}
