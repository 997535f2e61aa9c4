import { describe, expect, it } from 'vitest';

import { groupBySchool, landingForRoles, type SchoolRoleRow } from './roles';

const OAKFIELD = '00000000-0000-4000-8000-000000000001';
const BROOKSIDE = '00000000-0000-4000-8000-000000000002';

function row(schoolId: string, schoolName: string, role: SchoolRoleRow['role']): SchoolRoleRow {
  return { school_id: schoolId, school_name: schoolName, staff_id: `staff-${schoolId}`, role };
}

describe('groupBySchool', () => {
  it('returns nothing for a user with no roles', () => {
    expect(groupBySchool([])).toEqual([]);
  });

  it('merges roles at one school in priority order', () => {
    const memberships = groupBySchool([
      row(OAKFIELD, 'Oakfield Primary', 'mentor'),
      row(OAKFIELD, 'Oakfield Primary', 'induction_tutor'),
    ]);

    expect(memberships).toHaveLength(1);
    expect(memberships[0]?.roles).toEqual(['induction_tutor', 'mentor']);
    expect(memberships[0]?.staffId).toBe(`staff-${OAKFIELD}`);
  });

  it('sorts schools by name', () => {
    const memberships = groupBySchool([
      row(OAKFIELD, 'Oakfield Primary', 'mentor'),
      row(BROOKSIDE, 'Brookside Academy', 'ect'),
    ]);

    expect(memberships.map((membership) => membership.schoolName)).toEqual([
      'Brookside Academy',
      'Oakfield Primary',
    ]);
  });

  it('ignores a repeated role', () => {
    const memberships = groupBySchool([
      row(OAKFIELD, 'Oakfield Primary', 'ect'),
      row(OAKFIELD, 'Oakfield Primary', 'ect'),
    ]);

    expect(memberships[0]?.roles).toEqual(['ect']);
  });
});

describe('landingForRoles', () => {
  it.each([
    [['induction_tutor'], 'dashboard'],
    [['headteacher'], 'dashboard'],
    [['mentor'], 'my-ects'],
    [['ect'], 'my-induction'],
    [['ect', 'mentor'], 'my-ects'],
    [['mentor', 'headteacher'], 'dashboard'],
    [['ect', 'induction_tutor'], 'dashboard'],
  ] as const)('sends %j to %s', (roles, expected) => {
    expect(landingForRoles(roles)).toBe(expected);
  });

  it('has no landing page without a role', () => {
    expect(landingForRoles([])).toBeNull();
  });
});
