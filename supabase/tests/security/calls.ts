// What each function in public returns to each persona, checked against rows the owner selects.
// Read functions are called for Oakfield (or Amara's induction) as of a fixed date; write
// functions act on rows made for the one call.

import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import type { TestStack } from '../../../local-supabase/testing/stack.ts';
import type { Fixtures } from './fixtures.ts';
import type { People, Persona } from './people.ts';
import { expectedIds, parseScopes, type ApiFunction } from './scopes.ts';

/** The date the read functions use, so their results do not move with the clock. */
export const AS_OF = '2026-12-01';

export interface CallContext {
  stack: TestStack;
  people: People;
  fixtures: Fixtures;
  client: SupabaseClient;
  persona: Persona;
  userId: string | null;
  /** The outcome stated in the matrix: a scope list, or a label such as 'allowed'. */
  outcome: string;
}

interface CallResult {
  data: unknown;
  error: { code: string; message: string } | null;
  status: number;
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}

/** Active inductions at Oakfield on AS_OF, as SQL over ect_inductions `t`. */
function activeAtOakfield(people: People): string {
  return `t.school_id = '${people.ids.oakfield}' and t.status = 'active'
    and t.started_on <= '${AS_OF}'`;
}

/** Pairings at Oakfield current on AS_OF, as SQL over pairings `t`. */
function currentAtOakfield(people: People): string {
  return `t.school_id = '${people.ids.oakfield}' and t.started_on <= '${AS_OF}'
    and (t.ended_on is null or t.ended_on >= '${AS_OF}')`;
}

async function expectedOrNone(
  ctx: CallContext,
  table: Parameters<typeof expectedIds>[1],
  extra: string,
): Promise<string[]> {
  const expected = await expectedIds(ctx.stack, table, parseScopes(ctx.outcome), ctx.userId, extra);
  // A scope that matches nothing would make the case pass without proving anything.
  if (ctx.outcome !== 'none') expect(expected.length, 'expected rows').toBeGreaterThan(0);
  return expected;
}

async function dashboardRows(ctx: CallContext, fn: ApiFunction): Promise<void> {
  const result = await ctx.client.rpc(fn, { p_school_id: ctx.people.ids.oakfield, p_as_of: AS_OF });
  expect(result.error).toBeNull();
  const expected = await expectedOrNone(ctx, 'ect_inductions', activeAtOakfield(ctx.people));
  if (fn === 'school_dashboard_tiles') {
    const [tiles] = result.data as { active_ects: number }[];
    expect(tiles!.active_ects).toBe(expected.length);
    return;
  }
  const rows = result.data as { ect_induction_id: string }[];
  expect(sorted(rows.map((row) => row.ect_induction_id))).toEqual(sorted(expected));
}

interface DashboardObject {
  tiles: { active_ects: number };
  ects: { ect_induction_id: string }[];
  checkpoints: { ect_induction_id: string }[];
}

/** school_dashboard reports on the same ECTs as the three functions, and returns what they do. */
async function schoolDashboard(ctx: CallContext): Promise<void> {
  const args = { p_school_id: ctx.people.ids.oakfield, p_as_of: AS_OF };
  const result = await ctx.client.rpc('school_dashboard', args);
  expect(result.error).toBeNull();
  const expected = await expectedOrNone(ctx, 'ect_inductions', activeAtOakfield(ctx.people));
  const dashboard = result.data as DashboardObject;
  expect(dashboard.tiles.active_ects).toBe(expected.length);
  expect(sorted(dashboard.ects.map((row) => row.ect_induction_id))).toEqual(sorted(expected));
  expect(sorted(dashboard.checkpoints.map((row) => row.ect_induction_id))).toEqual(
    sorted(expected),
  );

  const tiles = await ctx.client.rpc('school_dashboard_tiles', args);
  const ects = await ctx.client.rpc('school_dashboard_ects', args);
  const checkpoints = await ctx.client.rpc('school_dashboard_checkpoints', args);
  expect(dashboard).toEqual({
    as_of: AS_OF,
    tiles: (tiles.data as unknown[])[0],
    ects: ects.data,
    checkpoints: checkpoints.data,
  });
}

async function currentUserRoles(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('current_user_roles');
  expect(result.error).toBeNull();
  const own = await ctx.stack.sql<{ key: string }>(
    `select r.school_id || ' ' || r.role as key from public.school_roles r
     join public.staff s on s.id = r.staff_id where s.user_id = $1`,
    [ctx.userId],
  );
  if (ctx.outcome === 'own roles') expect(own.length).toBeGreaterThan(0);
  const rows = result.data as { school_id: string; role: string }[];
  expect(sorted(rows.map((row) => `${row.school_id} ${row.role}`))).toEqual(
    sorted(ctx.outcome === 'none' ? [] : own.map((row) => row.key)),
  );
}

async function trustSummary(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('trust_summary', { p_as_of: AS_OF });
  expect(result.error).toBeNull();
  const schools = await ctx.stack.sql<{ school_id: string; whole_school: boolean; active: number }>(
    `select r.school_id, bool_or(r.role in ('headteacher', 'induction_tutor')) as whole_school,
       (select count(*)::int from public.ect_inductions e where e.school_id = r.school_id
          and e.status = 'active' and e.started_on <= $2) as active
     from public.school_roles r join public.staff s on s.id = r.staff_id
     where s.user_id = $1 group by r.school_id`,
    [ctx.userId, AS_OF],
  );
  const expected = ctx.outcome === 'none' ? [] : schools;
  if (ctx.outcome !== 'none') expect(expected.length).toBeGreaterThan(0);
  const rows = result.data as { school_id: string; whole_school: boolean; active_ects: number }[];
  // Figures only where a role shows the whole school; nulls elsewhere.
  const summary = (list: { school_id: string; whole_school: boolean; active: number | null }[]) =>
    sorted(list.map((row) => `${row.school_id} ${row.whole_school} ${row.active}`));
  expect(summary(rows.map((row) => ({ ...row, active: row.active_ects })))).toEqual(
    summary(expected.map((row) => ({ ...row, active: row.whole_school ? row.active : null }))),
  );
}

async function mentorPairingsOverview(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('mentor_pairings_overview', {
    p_school_id: ctx.people.ids.oakfield,
    p_as_of: AS_OF,
  });
  expect(result.error).toBeNull();
  const expected = await expectedOrNone(ctx, 'pairings', currentAtOakfield(ctx.people));
  const rows = result.data as { pairing_id: string }[];
  expect(sorted(rows.map((row) => row.pairing_id))).toEqual(sorted(expected));
}

async function schoolMentorTime(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('school_mentor_time', {
    p_school_id: ctx.people.ids.oakfield,
    p_as_of: AS_OF,
  });
  expect(result.error).toBeNull();
  // A mentor is listed for each current pairing of an active ECT that the caller can read.
  const pairings = await expectedOrNone(
    ctx,
    'pairings',
    `${currentAtOakfield(ctx.people)} and t.ect_induction_id in (
       select e.id from public.ect_inductions e where e.status = 'active')`,
  );
  const mentors = await ctx.stack.sql<{ mentor_id: string }>(
    'select distinct mentor_id from public.pairings where id = any ($1::uuid[])',
    [pairings],
  );
  const listed = ((result.data as { mentors?: { mentor_id: string }[] } | null)?.mentors ?? []).map(
    (mentor) => mentor.mentor_id,
  );
  expect(sorted(listed)).toEqual(sorted(mentors.map((row) => row.mentor_id)));
}

async function schoolConcernsSummary(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('school_concerns_summary', {
    p_school_id: ctx.people.ids.oakfield,
    p_as_of: AS_OF,
  });
  expect(result.error).toBeNull();
  const expected = await expectedOrNone(
    ctx,
    'concerns',
    `t.school_id = '${ctx.people.ids.oakfield}' and t.status <> 'resolved'`,
  );
  const unresolved = (result.data as { unresolved: { id: string }[] }).unresolved;
  expect(sorted(unresolved.map((concern) => concern.id))).toEqual(sorted(expected));
}

async function inductionWeeklySessions(ctx: CallContext): Promise<void> {
  const { amaraInduction } = ctx.people.ids;
  const result = await ctx.client.rpc('induction_weekly_sessions', {
    p_ect_induction_id: amaraInduction,
    p_as_of: AS_OF,
  });
  expect(result.error).toBeNull();
  const weeks = result.data as { week_starts_on: string; sessions_held: number }[];
  if (ctx.outcome === 'none') {
    expect(weeks).toEqual([]);
    return;
  }
  expect(weeks.length).toBeGreaterThan(0);
  const first = weeks[0]!.week_starts_on;
  const last = weeks.at(-1)!.week_starts_on;
  const sessions = await expectedOrNone(
    ctx,
    'mentor_sessions',
    `t.pairing_id in (select p.id from public.pairings p where p.ect_induction_id = '${amaraInduction}')
     and t.held_on between '${first}' and date '${last}' + 6 and t.held_on <= '${AS_OF}'`,
  );
  const held = weeks.reduce((sum, week) => sum + week.sessions_held, 0);
  expect(held).toBe(sessions.length);
}

async function inductionCalendar(ctx: CallContext): Promise<void> {
  const result = await ctx.client.rpc('induction_calendar', {
    p_ect_induction_id: ctx.people.ids.amaraInduction,
    p_as_of: AS_OF,
  });
  expect(result.error).toBeNull();
  const visible = await expectedOrNone(
    ctx,
    'ect_inductions',
    `t.id = '${ctx.people.ids.amaraInduction}'`,
  );
  const terms = (result.data as { induction_term: number }[]).map((row) => row.induction_term);
  expect(terms).toEqual(visible.length ? [1, 2, 3, 4, 5, 6] : []);
}

/**
 * Checks a signed-in caller's outcome of a write function: 'allowed', 'not found 404' (the
 * function raises PT404 when the caller's policies hide the row, which PostgREST sends as 404)
 * or 'refused by policy 403'. `written` reports whether the change landed.
 */
async function expectWriteOutcome(
  ctx: CallContext,
  result: CallResult,
  written: () => Promise<boolean>,
): Promise<void> {
  if (ctx.outcome === 'allowed') {
    expect(result.error).toBeNull();
    expect(await written()).toBe(true);
    return;
  }
  if (ctx.outcome === 'not found 404') {
    expect(result.status).toBe(404);
    expect(result.error?.code).toBe('PT404');
    expect(result.error?.message).toMatch(/ not found$/);
  } else if (ctx.outcome === 'refused by policy 403') {
    expect(result.status).toBe(403);
    expect(result.error?.code).toBe('42501');
    expect(result.error?.message).toMatch(/violates row-level security policy/);
  } else {
    throw new Error(`unknown outcome "${ctx.outcome}" for a write function`);
  }
  expect(await written()).toBe(false);
}

async function changeInductionStatus(ctx: CallContext): Promise<void> {
  const id = await ctx.fixtures.induction();
  const result = await ctx.client.rpc('change_induction_status', {
    p_ect_induction_id: id,
    p_status: 'paused',
    p_changed_on: '2026-10-01',
    p_reason: 'Long-term absence',
  });
  await expectWriteOutcome(ctx, result, async () => {
    const [row] = await ctx.stack.sql<{ status: string }>(
      'select status from public.ect_inductions where id = $1',
      [id],
    );
    return row!.status === 'paused';
  });
}

async function assignMentor(ctx: CallContext): Promise<void> {
  const id = await ctx.fixtures.induction();
  const result = await ctx.client.rpc('assign_mentor', {
    p_ect_induction_id: id,
    p_mentor_staff_id: ctx.people.ids.oakfieldStaff.mentor,
    p_starts_on: '2026-09-01',
  });
  await expectWriteOutcome(ctx, result, async () => {
    const rows = await ctx.stack.sql('select 1 from public.pairings where ect_induction_id = $1', [
      id,
    ]);
    return rows.length === 1;
  });
}

async function endPairing(ctx: CallContext): Promise<void> {
  const id = await ctx.fixtures.pairing();
  const result = await ctx.client.rpc('end_pairing', {
    p_pairing_id: id,
    p_ended_on: '2026-10-01',
    p_reason: 'Mentor changed school',
  });
  await expectWriteOutcome(ctx, result, async () => {
    const [row] = await ctx.stack.sql<{ ended_on: string | null }>(
      'select ended_on::text from public.pairings where id = $1',
      [id],
    );
    return row!.ended_on === '2026-10-01';
  });
}

async function saveStaffMembers(ctx: CallContext): Promise<void> {
  const email = `imported.${ctx.fixtures.unique()}@example.test`;
  const result = await ctx.client.rpc('save_staff_members', {
    p_school_id: ctx.people.ids.oakfield,
    p_people: [{ full_name: 'Imported Person', email, roles: ['mentor'] }],
  });
  await expectWriteOutcome(ctx, result, async () => {
    const rows = await ctx.stack.sql('select 1 from public.staff where email = $1', [email]);
    return rows.length === 1;
  });
}

export const CALL_CHECKS: Record<ApiFunction, (ctx: CallContext) => Promise<void>> = {
  current_user_roles: currentUserRoles,
  school_dashboard: schoolDashboard,
  school_dashboard_tiles: (ctx) => dashboardRows(ctx, 'school_dashboard_tiles'),
  school_dashboard_ects: (ctx) => dashboardRows(ctx, 'school_dashboard_ects'),
  school_dashboard_checkpoints: (ctx) => dashboardRows(ctx, 'school_dashboard_checkpoints'),
  school_mentor_time: schoolMentorTime,
  school_concerns_summary: schoolConcernsSummary,
  trust_summary: trustSummary,
  mentor_pairings_overview: mentorPairingsOverview,
  induction_weekly_sessions: inductionWeeklySessions,
  induction_calendar: inductionCalendar,
  change_induction_status: changeInductionStatus,
  assign_mentor: assignMentor,
  end_pairing: endPairing,
  save_staff_members: saveStaffMembers,
};

/** Arguments for an anonymous call, which PostgREST rejects before the function runs. */
export const ANON_ARGUMENTS: Record<ApiFunction, Record<string, unknown>> = {
  current_user_roles: {},
  school_dashboard: { p_school_id: null },
  school_dashboard_tiles: { p_school_id: null },
  school_dashboard_ects: { p_school_id: null },
  school_dashboard_checkpoints: { p_school_id: null },
  school_mentor_time: { p_school_id: null },
  school_concerns_summary: { p_school_id: null },
  trust_summary: { p_as_of: null },
  mentor_pairings_overview: { p_school_id: null },
  induction_weekly_sessions: { p_ect_induction_id: null },
  induction_calendar: { p_ect_induction_id: null },
  change_induction_status: {
    p_ect_induction_id: null,
    p_status: 'paused',
    p_changed_on: null,
  },
  assign_mentor: { p_ect_induction_id: null, p_mentor_staff_id: null, p_starts_on: null },
  end_pairing: { p_pairing_id: null, p_ended_on: null },
  save_staff_members: { p_school_id: null, p_people: [] },
};
