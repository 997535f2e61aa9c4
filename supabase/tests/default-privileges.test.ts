// Hosted Supabase is revoking the default grants that gave anon and authenticated every
// privilege on new objects in public. These tests build the database without those defaults,
// apply the migrations and the demo seed, and read what the app reads, as its users do.

import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { londonToday } from '../seed/dates.ts';
import { expectedDashboard } from '../seed/expected.ts';

const PASSWORD = 'mentoring-demo';
const TUTOR = 'tutor@oakfield.example';
const OAKFIELD_URN = '990101';

/** The school-scoped tables that an induction tutor reads in full. */
const SCHOOL_TABLES = [
  'staff',
  'school_roles',
  'ect_inductions',
  'mentors',
  'pairings',
  'timetable_slots',
  'mentor_sessions',
  'concerns',
  'term_dates',
] as const;

// The select lists of the app's own queries (src/features/*/api).
const INDUCTION_COLUMNS =
  'id, started_on, fte, status, pairings ( id, started_on, ended_on, mentor:mentors ( staff ( full_name, email ) ) )';
const MENTOR_PAIRING_COLUMNS =
  'id, started_on, ended_on, mentor:mentors!inner ( staff_id ), ' +
  'ect_induction:ect_inductions ( id, started_on, fte, status, ect:staff ( full_name ) )';

async function signedIn(stack: TestStack, email: string): Promise<SupabaseClient> {
  const client = createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw new Error(`Sign-in as ${email} failed: ${error.message}`);
  return client;
}

describe.each(testBackends())('app reads without default privileges (%s)', (backend) => {
  let stack: TestStack;
  let tutor: SupabaseClient;
  let schoolId: string;
  // The seed writes sessions up to today, so the calculator needs the same day.
  const seededOn = londonToday();

  beforeAll(async () => {
    stack = await startTestStack({ backend, defaultPrivileges: false, seed: true });
    if (londonToday() !== seededOn) {
      throw new Error('The date in England changed while the seed ran; run the tests again');
    }
    const schools = await stack.sql<{ id: string }>(
      'select id from public.schools where urn = $1',
      [OAKFIELD_URN],
    );
    schoolId = schools[0]!.id;
    tutor = await signedIn(stack, TUTOR);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('has no default grants in public', async () => {
    const rows = await stack.sql<{ grants: string }>(
      `select coalesce(array_to_string(defaclacl, ','), '') as grants
       from pg_default_acl d join pg_namespace n on n.oid = d.defaclnamespace
       where n.nspname = 'public'`,
    );
    const grantees = rows.flatMap((row) => row.grants.split(',')).map((item) => item.split('=')[0]);

    expect(grantees).not.toContain('anon');
    expect(grantees).not.toContain('authenticated');
  });

  it('current_user_roles lists the tutor role', async () => {
    const expected = await stack.sql<{ school_id: string; role: string }>(
      `select r.school_id, r.role::text as role
       from public.school_roles r
       join public.staff s on s.id = r.staff_id
       join auth.users u on u.id = s.user_id
       where u.email = $1
       order by r.school_id, r.role`,
      [TUTOR],
    );

    const { data, error } = await tutor.rpc('current_user_roles');

    expect(error).toBeNull();
    const actual = (data as { school_id: string; role: string }[])
      .map(({ school_id, role }) => ({ school_id, role }))
      .sort((a, b) => `${a.school_id}${a.role}`.localeCompare(`${b.school_id}${b.role}`));
    expect(actual).toEqual(expected);
    expect(actual).toContainEqual({ school_id: schoolId, role: 'induction_tutor' });
  });

  it('dashboard tiles match the calculator', async () => {
    const expected = expectedDashboard('oakfield', seededOn, { today: seededOn });

    const { data, error } = await tutor
      .rpc('school_dashboard_tiles', { p_school_id: schoolId })
      .single();

    expect(error).toBeNull();
    expect(data).toEqual(expected.tiles);
  });

  it('dashboard ECT rows match the calculator', async () => {
    const expected = expectedDashboard('oakfield', seededOn, { today: seededOn });

    const { data, error } = await tutor.rpc('school_dashboard_ects', { p_school_id: schoolId });

    expect(error).toBeNull();
    expect(data).toEqual(expected.ects);
  });

  it.each(SCHOOL_TABLES)('tutor reads every %s row of the school', async (table) => {
    const owned = await stack.sql<{ count: string }>(
      `select count(*) as count from public.${table} where school_id = $1`,
      [schoolId],
    );

    const { count, error } = await tutor
      .from(table)
      .select('*', { count: 'exact', head: true })
      .eq('school_id', schoolId);

    expect(error).toBeNull();
    expect(count).toBe(Number(owned[0]!.count));
    expect(count).toBeGreaterThan(0);
  });

  it('tutor reads the school and appropriate bodies', async () => {
    const school = await tutor.from('schools').select('id, urn').eq('id', schoolId).single();
    const bodies = await tutor.from('appropriate_bodies').select('id');
    const ownedBodies = await stack.sql<{ count: string }>(
      'select count(*) as count from public.appropriate_bodies',
    );

    expect(school.error).toBeNull();
    expect(school.data).toEqual({ id: schoolId, urn: OAKFIELD_URN });
    expect(bodies.error).toBeNull();
    expect(bodies.data).toHaveLength(Number(ownedBodies[0]!.count));
  });

  it('ECT page query embeds pairings and mentors', async () => {
    const ect = await signedIn(stack, 'ect@oakfield.example');
    const owned = await stack.sql<{ staff_id: string; inductions: string; pairings: string }>(
      `select s.id as staff_id,
              (select count(*) from public.ect_inductions i where i.ect_staff_id = s.id) as inductions,
              (select count(*) from public.pairings p
                 join public.ect_inductions i on i.id = p.ect_induction_id
               where i.ect_staff_id = s.id) as pairings
       from public.staff s join auth.users u on u.id = s.user_id
       where u.email = 'ect@oakfield.example' and s.school_id = $1`,
      [schoolId],
    );
    const { staff_id: staffId } = owned[0]!;

    const { data, error } = await ect
      .from('ect_inductions')
      .select(INDUCTION_COLUMNS)
      .eq('school_id', schoolId)
      .eq('ect_staff_id', staffId)
      .order('started_on', { ascending: false });

    expect(error).toBeNull();
    const inductions = data as unknown as {
      pairings: { mentor: { staff: { full_name: string } | null } | null }[];
    }[];
    expect(inductions).toHaveLength(Number(owned[0]!.inductions));
    const pairings = inductions.flatMap((induction) => induction.pairings);
    expect(pairings).toHaveLength(Number(owned[0]!.pairings));
    for (const pairing of pairings) {
      expect(pairing.mentor?.staff?.full_name).toEqual(expect.any(String));
    }
  });

  it('mentor page query embeds inductions and ECTs', async () => {
    const mentor = await signedIn(stack, 'mentor@oakfield.example');
    const owned = await stack.sql<{ staff_id: string; pairings: string }>(
      `select s.id as staff_id,
              (select count(*) from public.pairings p join public.mentors m on m.id = p.mentor_id
               where m.staff_id = s.id and p.started_on <= $2
                 and (p.ended_on is null or p.ended_on >= $2)) as pairings
       from public.staff s join auth.users u on u.id = s.user_id
       where u.email = 'mentor@oakfield.example' and s.school_id = $1`,
      [schoolId, seededOn],
    );
    const { staff_id: staffId } = owned[0]!;

    const { data, error } = await mentor
      .from('pairings')
      .select(MENTOR_PAIRING_COLUMNS)
      .eq('school_id', schoolId)
      .eq('mentor.staff_id', staffId)
      .lte('started_on', seededOn)
      .or(`ended_on.is.null,ended_on.gte.${seededOn}`);

    expect(error).toBeNull();
    const pairings = data as unknown as {
      ect_induction: { ect: { full_name: string } | null } | null;
    }[];
    expect(pairings).toHaveLength(Number(owned[0]!.pairings));
    expect(pairings.length).toBeGreaterThan(0);
    for (const pairing of pairings) {
      expect(pairing.ect_induction?.ect?.full_name).toEqual(expect.any(String));
    }
  });
});
