// What each read scope in the access matrix means, as SQL that the owner runs with plain joins.
// It restates the intended rules without the private helper functions that the policies call,
// so a policy that drifts from the rules shows up as a difference in rows.

import type { TestStack } from '../../../local-supabase/testing/stack.ts';

/** The tables that the API exposes in public. The schema has no views yet. */
export const TABLES = [
  'appropriate_bodies',
  'schools',
  'staff',
  'school_roles',
  'ect_inductions',
  'mentors',
  'pairings',
  'timetable_slots',
  'mentor_sessions',
  'concerns',
  'term_dates',
  'mentor_training_logs',
  'concern_notes',
  'induction_reviews',
  'audit_log',
] as const;

export type Table = (typeof TABLES)[number];

/** The functions that the API exposes in public, called over /rest/v1/rpc. */
export const FUNCTIONS = [
  'current_user_roles',
  'school_dashboard',
  'school_dashboard_tiles',
  'school_dashboard_ects',
  'school_dashboard_checkpoints',
  'school_mentor_time',
  'school_concerns_summary',
  'trust_summary',
  'mentor_pairings_overview',
  'induction_weekly_sessions',
  'induction_calendar',
  'change_induction_status',
  'assign_mentor',
  'end_pairing',
  'save_staff_members',
] as const;

export type ApiFunction = (typeof FUNCTIONS)[number];

/**
 * - all: every row;
 * - member school: rows of schools where the user has any role;
 * - led school: rows of schools where the user is headteacher or induction tutor;
 * - self: the user's own staff, role and mentor rows and their training logs;
 * - own pairings: rows of the pairings the user mentors (with the mentee's staff and induction);
 * - own induction: rows of the user's own ECT induction (with their mentors' rows);
 * - raised by self: concerns the user raised while holding the mentor role.
 */
export type Scope =
  | 'all'
  | 'member school'
  | 'led school'
  | 'self'
  | 'own pairings'
  | 'own induction'
  | 'raised by self';

// `me.uid` is the user's id; every query joins `(select $1::uuid as uid) me`.
const MY_STAFF = `(select s.id from public.staff s where s.user_id = me.uid)`;

function schoolsWithRole(roles: string[]): string {
  const filter = roles.length
    ? `and r.role in (${roles.map((role) => `'${role}'`).join(', ')})`
    : '';
  return `(select r.school_id from public.school_roles r
    join public.staff s on s.id = r.staff_id where s.user_id = me.uid ${filter})`;
}

const LED = schoolsWithRole(['headteacher', 'induction_tutor']);
const MEMBER = schoolsWithRole([]);

const MY_MENTORS = `(select m.id from public.mentors m
  join public.staff s on s.id = m.staff_id
  join public.school_roles r on r.staff_id = s.id and r.school_id = m.school_id and r.role = 'mentor'
  where s.user_id = me.uid)`;

const MY_PAIRINGS = `(select p.id from public.pairings p where p.mentor_id in ${MY_MENTORS})`;

const MY_INDUCTIONS = `(select e.id from public.ect_inductions e
  join public.staff s on s.id = e.ect_staff_id
  join public.school_roles r on r.staff_id = s.id and r.school_id = e.school_id and r.role = 'ect'
  where s.user_id = me.uid)`;

const MY_ECT_PAIRINGS = `(select p.id from public.pairings p where p.ect_induction_id in ${MY_INDUCTIONS})`;

const bySchool = { 'led school': `t.school_id in ${LED}` };
const byPairing = {
  ...bySchool,
  'own pairings': `t.pairing_id in ${MY_PAIRINGS}`,
  'own induction': `t.pairing_id in ${MY_ECT_PAIRINGS}`,
};

const SCOPE_SQL: Record<Table, Partial<Record<Scope, string>>> = {
  appropriate_bodies: {},
  schools: { 'member school': `t.id in ${MEMBER}`, 'led school': `t.id in ${LED}` },
  staff: {
    ...bySchool,
    self: `t.user_id = me.uid`,
    'own pairings': `t.id in (select e.ect_staff_id from public.ect_inductions e
      join public.pairings p on p.ect_induction_id = e.id where p.id in ${MY_PAIRINGS})`,
    'own induction': `t.id in (select m.staff_id from public.mentors m
      join public.pairings p on p.mentor_id = m.id where p.id in ${MY_ECT_PAIRINGS})`,
  },
  school_roles: { ...bySchool, self: `t.staff_id in ${MY_STAFF}` },
  ect_inductions: {
    ...bySchool,
    'own pairings': `t.id in (select p.ect_induction_id from public.pairings p
      where p.id in ${MY_PAIRINGS})`,
    'own induction': `t.id in ${MY_INDUCTIONS}`,
  },
  mentors: {
    ...bySchool,
    self: `t.id in ${MY_MENTORS}`,
    'own induction': `t.id in (select p.mentor_id from public.pairings p
      where p.id in ${MY_ECT_PAIRINGS})`,
  },
  pairings: {
    ...bySchool,
    'own pairings': `t.id in ${MY_PAIRINGS}`,
    'own induction': `t.id in ${MY_ECT_PAIRINGS}`,
  },
  timetable_slots: byPairing,
  mentor_sessions: byPairing,
  concerns: {
    ...bySchool,
    'raised by self': `t.raised_by_staff_id in ${MY_STAFF}
      and t.school_id in ${schoolsWithRole(['mentor'])}`,
  },
  term_dates: { 'member school': `t.school_id in ${MEMBER}` },
  mentor_training_logs: { ...bySchool, self: `t.mentor_id in ${MY_MENTORS}` },
  concern_notes: bySchool,
  induction_reviews: {
    ...bySchool,
    'own pairings': `t.ect_induction_id in (select p.ect_induction_id from public.pairings p
      where p.id in ${MY_PAIRINGS})`,
    'own induction': `t.ect_induction_id in ${MY_INDUCTIONS}`,
  },
  audit_log: bySchool,
};

/** Parses an outcome such as 'led school + self' into its scopes; [] for 'none'. */
export function parseScopes(outcome: string): Scope[] {
  if (outcome === 'none') return [];
  return outcome.split(' + ') as Scope[];
}

function predicate(table: Table, scope: Scope): string {
  if (scope === 'all') return 'true';
  const sql = SCOPE_SQL[table][scope];
  if (!sql) throw new Error(`scope "${scope}" is not defined for table ${table}`);
  return `(${sql})`;
}

/**
 * Ids of the rows that the user may read in the table under the given scopes, computed by the
 * owner. An extra condition on `t` narrows them further.
 */
export async function expectedIds(
  stack: TestStack,
  table: Table,
  scopes: Scope[],
  userId: string | null,
  extra = 'true',
): Promise<string[]> {
  if (scopes.length === 0) return [];
  const where = scopes.map((scope) => predicate(table, scope)).join(' or ');
  const rows = await stack.sql<{ id: string }>(
    `select t.id::text as id from public.${table} t, (select $1::uuid as uid) me
     where (${where}) and (${extra}) order by 1`,
    [userId],
  );
  return rows.map((row) => row.id);
}
