import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';

const DEMO_PASSWORD = 'mentoring-demo';

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

// Tables the role reads in full at its school; the others it reads in part or not at all.
const READS_WHOLE_SCHOOL: Record<string, readonly string[]> = {
  'tutor@oakfield.example': SCHOOL_TABLES,
  'head@oakfield.example': SCHOOL_TABLES,
  'mentor@oakfield.example': ['term_dates'],
  'ect@oakfield.example': ['term_dates'],
  'tutor@brookside.example': SCHOOL_TABLES,
};

function client(stack: TestStack): SupabaseClient {
  return createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

async function signedIn(stack: TestStack, email: string): Promise<SupabaseClient> {
  const supabase = client(stack);
  const { error } = await supabase.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return supabase;
}

describe.each(testBackends())('RLS through the API with the demo seed (%s)', (backend) => {
  let stack: TestStack;
  /** The one school of each demo user, looked up as the owner (RLS does not apply). */
  const homeSchool = new Map<string, string>();
  /** Rows per school and table, counted as the owner. */
  const ownerCounts = new Map<string, number>();

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });

    const homes = await stack.sql<{ email: string; school_id: string }>(
      `select u.email, s.school_id
       from auth.users u join public.staff s on s.user_id = u.id
       where u.email = any ($1)`,
      [Object.keys(READS_WHOLE_SCHOOL)],
    );
    for (const row of homes) homeSchool.set(row.email, row.school_id);

    for (const table of SCHOOL_TABLES) {
      const counts = await stack.sql<{ school_id: string; count: string }>(
        `select school_id, count(*) from public.${table} group by school_id`,
      );
      for (const row of counts) ownerCounts.set(`${row.school_id} ${table}`, Number(row.count));
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('demo users each belong to one school', () => {
    expect([...homeSchool.keys()].sort()).toEqual(Object.keys(READS_WHOLE_SCHOOL).sort());
    expect(new Set(homeSchool.values()).size).toBe(2);
  });

  describe.each(Object.keys(READS_WHOLE_SCHOOL))('%s', (email) => {
    let supabase: SupabaseClient;

    beforeAll(async () => {
      supabase = await signedIn(stack, email);
    });

    it('reads only their own school', async () => {
      const { data, error } = await supabase.from('schools').select('id');
      expect(error).toBeNull();
      expect(data).toEqual([{ id: homeSchool.get(email) }]);
    });

    it.each(SCHOOL_TABLES)('reads %s of no other school', async (table) => {
      const { data, error } = await supabase.from(table).select('school_id');
      expect(error).toBeNull();
      const schoolIds = new Set((data ?? []).map((row) => row.school_id as string));
      expect([...schoolIds].filter((id) => id !== homeSchool.get(email))).toEqual([]);
    });

    it.each(READS_WHOLE_SCHOOL[email]!.map((table) => [table]))(
      'reads every %s row of their school',
      async (table) => {
        const { count, error } = await supabase
          .from(table)
          .select('*', { count: 'exact', head: true });
        expect(error).toBeNull();
        expect(count).toBe(ownerCounts.get(`${homeSchool.get(email)} ${table}`));
        expect(count).toBeGreaterThan(0);
      },
    );

    it('gets their roles from current_user_roles', async () => {
      const { data, error } = await supabase.rpc('current_user_roles');
      expect(error).toBeNull();
      expect((data as { school_id: string }[]).length).toBeGreaterThan(0);
      for (const row of data as { school_id: string }[]) {
        expect(row.school_id).toBe(homeSchool.get(email));
      }
    });
  });

  it('mentor reads only their mentees’ inductions', async () => {
    const supabase = await signedIn(stack, 'mentor@oakfield.example');
    const expected = await stack.sql<{ id: string }>(
      `select distinct p.ect_induction_id as id
       from public.pairings p
       join public.mentors m on m.id = p.mentor_id
       join public.staff s on s.id = m.staff_id
       join auth.users u on u.id = s.user_id
       where u.email = 'mentor@oakfield.example'
       order by 1`,
    );
    const { data, error } = await supabase.from('ect_inductions').select('id').order('id');
    expect(error).toBeNull();
    expect(expected.length).toBeGreaterThan(0);
    expect(data).toEqual(expected);
  });

  it('other school’s tutor gets zero Oakfield tiles', async () => {
    const supabase = await signedIn(stack, 'tutor@brookside.example');
    const { data, error } = await supabase
      .rpc('school_dashboard_tiles', { p_school_id: homeSchool.get('tutor@oakfield.example') })
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({
      active_ects: 0,
      open_concerns: 0,
      oldest_open_concern_days: null,
    });
  });

  describe('anon', () => {
    it.each([...SCHOOL_TABLES, 'schools', 'appropriate_bodies'])(
      'reads no %s and the error leaks nothing',
      async (table) => {
        const { data, error, status } = await client(stack).from(table).select('*');
        expect(data).toBeNull();
        expect(status).toBe(401);
        expect(error?.code).toBe('42501');
        expect(error?.message).toBe(`permission denied for table ${table}`);
        expect(error?.details ?? null).toBeNull();
      },
    );

    it('cannot call the dashboard', async () => {
      const { data, error } = await client(stack).rpc('school_dashboard_tiles', {
        p_school_id: homeSchool.get('tutor@oakfield.example'),
      });
      expect(data).toBeNull();
      expect(error?.code).toBe('42501');
    });
  });
});
