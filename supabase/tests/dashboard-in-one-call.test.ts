// Checks that school_dashboard returns, in one object, exactly what school_dashboard_tiles,
// school_dashboard_ects and school_dashboard_checkpoints return to the same caller, and that
// both agree with the seed's independent calculator (supabase/seed/expected.ts) at the dates
// that the figure and checkpoint tests use.

import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { parseSchoolDashboard } from '../../src/features/dashboards/api/parse-school-dashboard.ts';
import { londonToday } from '../seed/dates.ts';
import { expectedDashboard } from '../seed/expected.ts';

const PASSWORD = 'mentoring-demo';

// The seed writes sessions and reviews up to today, so the calculator needs the same day.
const seededOn = londonToday();

/** The dates of dashboard-figures.test.ts and dashboard-checkpoints.test.ts together. */
const AS_OF_DATES: [string, string][] = [
  ['today', seededOn],
  ['early autumn term', '2026-09-08'],
  ['autumn half-term', '2026-10-28'],
  ['a late starter’s third week', '2026-11-17'],
  ['last week of autumn term', '2026-12-16'],
  ['Christmas holiday', '2026-12-28'],
  ['summer holiday', '2026-08-12'],
  ['February half-term', '2026-02-18'],
  ['Easter holiday', '2026-04-01'],
];

/** Who reads each school's dashboard: its demo tutor, or the service role for Riverside. */
const READERS: [school: string, urn: string, email: string | null][] = [
  ['oakfield', '990101', 'tutor@oakfield.example'],
  ['brookside', '990202', 'tutor@brookside.example'],
  ['riverside', '990303', null],
];

/** The three functions' results, put together as school_dashboard returns them. */
interface ThreeCalls {
  as_of: string;
  tiles: unknown;
  ects: unknown[];
  checkpoints: unknown[];
}

async function signedIn(stack: TestStack, email: string | null): Promise<SupabaseClient> {
  const options = { auth: { persistSession: false, autoRefreshToken: false } };
  if (email === null) return createClient(stack.url, stack.serviceRoleKey, options);

  const client = createClient(stack.url, stack.anonKey, options);
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw new Error(`Sign-in as ${email} failed: ${error.message}`);
  return client;
}

async function oneCall(client: SupabaseClient, schoolId: string, asOf?: string) {
  const args =
    asOf === undefined ? { p_school_id: schoolId } : { p_school_id: schoolId, p_as_of: asOf };
  const { data, error } = await client.rpc('school_dashboard', args);
  if (error) throw new Error(`school_dashboard failed: ${error.message}`);
  return data as unknown;
}

async function threeCalls(
  client: SupabaseClient,
  schoolId: string,
  asOf: string,
): Promise<ThreeCalls> {
  const args = { p_school_id: schoolId, p_as_of: asOf };
  const [tiles, ects, checkpoints] = await Promise.all([
    client.rpc('school_dashboard_tiles', args),
    client.rpc('school_dashboard_ects', args),
    client.rpc('school_dashboard_checkpoints', args),
  ]);
  for (const [name, result] of [
    ['school_dashboard_tiles', tiles],
    ['school_dashboard_ects', ects],
    ['school_dashboard_checkpoints', checkpoints],
  ] as const) {
    if (result.error) throw new Error(`${name} failed: ${result.error.message}`);
  }
  const tileRows = tiles.data as unknown[];
  expect(tileRows).toHaveLength(1);
  return {
    as_of: asOf,
    tiles: tileRows[0],
    ects: ects.data as unknown[],
    checkpoints: checkpoints.data as unknown[],
  };
}

describe.each(testBackends())('school_dashboard on the demo seed (%s)', (backend) => {
  let stack: TestStack;
  const clients = new Map<string, SupabaseClient>();
  const schoolIds = new Map<string, string>();
  let oakfieldHead: SupabaseClient;

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    if (londonToday() !== seededOn) {
      throw new Error('The date in England changed while the seed ran; run the tests again');
    }
    for (const [school, urn, email] of READERS) {
      const [row] = await stack.sql<{ id: string }>(
        'select id from public.schools where urn = $1',
        [urn],
      );
      schoolIds.set(school, row!.id);
      clients.set(school, await signedIn(stack, email));
    }
    oakfieldHead = await signedIn(stack, 'head@oakfield.example');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe.each(READERS.map(([school]) => school))('%s', (school) => {
    it.each(AS_OF_DATES)('equals the three functions as of %s (%s)', async (_label, asOf) => {
      const client = clients.get(school)!;
      const schoolId = schoolIds.get(school)!;

      const combined = await oneCall(client, schoolId, asOf);
      const separate = await threeCalls(client, schoolId, asOf);

      expect(combined).toEqual(separate);
    });

    it.each(AS_OF_DATES)('matches the calculator as of %s (%s)', async (_label, asOf) => {
      const expected = expectedDashboard(school, asOf, { today: seededOn });

      const combined = (await oneCall(clients.get(school)!, schoolIds.get(school)!, asOf)) as {
        tiles: unknown;
        ects: unknown[];
        checkpoints: unknown[];
      };

      expect(combined.tiles).toEqual(expected.tiles);
      expect(combined.ects).toEqual(expected.ects);
      expect(combined.checkpoints).toEqual(expected.checkpoints);
    });

    it('uses today without p_as_of', async () => {
      const expected = expectedDashboard(school, seededOn, { today: seededOn });

      const combined = await oneCall(clients.get(school)!, schoolIds.get(school)!);

      expect(combined).toEqual({ as_of: seededOn, ...expected });
    });

    it('passes the app’s shape check', async () => {
      const combined = await oneCall(clients.get(school)!, schoolIds.get(school)!);

      expect(parseSchoolDashboard(combined)).toEqual(combined);
    });
  });

  it('gives the headteacher what the tutor gets', async () => {
    const oakfield = schoolIds.get('oakfield')!;

    const asHead = await oneCall(oakfieldHead, oakfield, '2026-12-04');
    const asTutor = await oneCall(clients.get('oakfield')!, oakfield, '2026-12-04');

    expect(asHead).toEqual(asTutor);
  });

  it('builds the object as the owner only for leaders', async () => {
    // The claims are set for this statement's transaction before the helper runs; the owner
    // bypasses RLS, so only the helper's role check distinguishes the callers.
    const leads = async (email: string) => {
      const [row] = await stack.sql<{ led: boolean }>(
        `with claims as (
           select set_config('request.jwt.claims', json_build_object('sub', u.id, 'role',
             'authenticated')::text, true)
           from auth.users u where u.email = $1
         )
         select private.led_school_dashboard_object($2, '2026-12-04') is not null as led
         from claims`,
        [email, schoolIds.get('oakfield')],
      );
      return row!.led;
    };

    expect(await leads('tutor@oakfield.example')).toBe(true);
    expect(await leads('head@oakfield.example')).toBe(true);
    expect(await leads('mentor@oakfield.example')).toBe(false);
    expect(await leads('ect@oakfield.example')).toBe(false);
    expect(await leads('tutor@brookside.example')).toBe(false);
  });

  it('gives another school’s tutor zeros and empty lists', async () => {
    const combined = await oneCall(
      clients.get('oakfield')!,
      schoolIds.get('brookside')!,
      '2026-12-04',
    );

    expect(combined).toEqual({
      as_of: '2026-12-04',
      tiles: {
        active_ects: 0,
        ects_without_mentor: 0,
        sessions_held_last_4_weeks: 0,
        sessions_expected_last_4_weeks: 0,
        ects_without_recent_session: 0,
        active_pairings: 0,
        pairings_with_slot: 0,
        open_concerns: 0,
        oldest_open_concern_days: null,
      },
      ects: [],
      checkpoints: [],
    });
  });
});
