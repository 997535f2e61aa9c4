// Checks every figure of the school dashboard functions, called over the API as the demo
// induction tutors, against the seed's independent calculator (supabase/seed/expected.ts)
// and against facts of the demo world checked by hand.

import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { daysBetween, londonToday } from '../seed/dates.ts';
import { expectedDashboard, type ExpectedEctRow, type ExpectedTiles } from '../seed/expected.ts';

const PASSWORD = 'mentoring-demo';

// The seed writes sessions up to today, so the calculator needs the same day.
const seededOn = londonToday();

const AS_OF_DATES: [string, string][] = [
  ['today', seededOn],
  ['early autumn term', '2026-09-08'],
  ['autumn half-term', '2026-10-28'],
  ['a late starter’s third week', '2026-11-17'],
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

async function signedIn(stack: TestStack, email: string | null): Promise<SupabaseClient> {
  const options = { auth: { persistSession: false, autoRefreshToken: false } };
  if (email === null) return createClient(stack.url, stack.serviceRoleKey, options);

  const client = createClient(stack.url, stack.anonKey, options);
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw new Error(`Sign-in as ${email} failed: ${error.message}`);
  return client;
}

describe.each(testBackends())('dashboard figures on the demo seed (%s)', (backend) => {
  let stack: TestStack;
  const clients = new Map<string, SupabaseClient>();
  const schoolIds = new Map<string, string>();

  async function tiles(school: string, asOf: string): Promise<ExpectedTiles> {
    const { data, error } = await clients
      .get(school)!
      .rpc('school_dashboard_tiles', { p_school_id: schoolIds.get(school), p_as_of: asOf })
      .single();
    if (error) throw new Error(`school_dashboard_tiles failed: ${error.message}`);
    // PostgREST sends numeric as a JSON number (Postgres's to_json does), so every figure is
    // compared as it arrives.
    return data as ExpectedTiles;
  }

  async function ects(school: string, asOf: string): Promise<ExpectedEctRow[]> {
    const { data, error } = await clients
      .get(school)!
      .rpc('school_dashboard_ects', { p_school_id: schoolIds.get(school), p_as_of: asOf });
    if (error) throw new Error(`school_dashboard_ects failed: ${error.message}`);
    return data as ExpectedEctRow[];
  }

  async function ectNamed(school: string, asOf: string, name: string) {
    const row = (await ects(school, asOf)).find((ect) => ect.ect_name === name);
    if (!row) throw new Error(`No dashboard row for ${name} at ${school} as of ${asOf}`);
    return row;
  }

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    if (londonToday() !== seededOn) {
      throw new Error('The date in England changed while the seed ran; run the tests again');
    }
    for (const [school, urn, email] of READERS) {
      const rows = await stack.sql<{ id: string }>('select id from public.schools where urn = $1', [
        urn,
      ]);
      schoolIds.set(school, rows[0].id);
      clients.set(school, await signedIn(stack, email));
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe.each(READERS.map(([school]) => school))('%s', (school) => {
    it('uses today without p_as_of', async () => {
      const expected = expectedDashboard(school, seededOn, { today: seededOn });
      const client = clients.get(school)!;
      const schoolId = schoolIds.get(school);

      const tilesResult = await client.rpc('school_dashboard_tiles', { p_school_id: schoolId });
      const ectsResult = await client.rpc('school_dashboard_ects', { p_school_id: schoolId });

      expect(tilesResult.error).toBeNull();
      expect(tilesResult.data).toEqual([expected.tiles]);
      expect(ectsResult.error).toBeNull();
      expect(ectsResult.data).toEqual(expected.ects);
    });

    it.each(AS_OF_DATES)('tiles as of %s (%s)', async (_label, asOf) => {
      const expected = expectedDashboard(school, asOf, { today: seededOn });

      expect(await tiles(school, asOf)).toEqual(expected.tiles);
    });

    it.each(AS_OF_DATES)('ECT rows as of %s (%s)', async (_label, asOf) => {
      const expected = expectedDashboard(school, asOf, { today: seededOn });
      const actual = await ects(school, asOf);

      for (const expectedRow of expected.ects) {
        const actualRow = actual.find(
          (row) => row.ect_induction_id === expectedRow.ect_induction_id,
        );
        expect(actualRow, `${expectedRow.ect_name} as of ${asOf}`).toEqual(expectedRow);
      }
      expect(actual.map((row) => row.ect_name)).toEqual(expected.ects.map((row) => row.ect_name));
    });
  });

  describe('facts checked by hand', () => {
    it('part-time ECTs move pro rata', async () => {
      // Started September 2025: four terms by December 2026.
      const eilidh = await ectNamed('oakfield', '2026-12-04', 'Eilidh McKenzie');
      const hannah = await ectNamed('brookside', '2026-12-04', 'Hannah Wright');

      // floor(3 x 0.6) + 1 = 2 and floor(3 x 0.8) + 1 = 3: both still in year one.
      expect(eilidh.fte).toBe(0.6);
      expect(eilidh.induction_term).toBe(2);
      expect(eilidh.induction_year).toBe(1);
      expect(hannah.fte).toBe(0.8);
      expect(hannah.induction_term).toBe(3);
      expect(hannah.induction_year).toBe(1);
    });

    it('full-time ECTs move each term', async () => {
      const dylan = await ectNamed('oakfield', '2026-12-04', 'Dylan Fitzgerald');
      const tomasz = await ectNamed('oakfield', '2026-12-04', 'Tomasz Kowalski');

      expect(dylan.induction_term).toBe(4);
      expect(dylan.induction_year).toBe(2);
      // Tomasz started in January 2026: spring, summer and autumn.
      expect(tomasz.induction_term).toBe(3);
    });

    it('flags the mentor who is induction tutor', async () => {
      const oakfield = await ects('oakfield', '2026-12-04');
      const brookside = await ects('brookside', '2026-12-04');
      const flagged = (rows: ExpectedEctRow[]) =>
        rows.filter((row) => row.flag_mentor_is_induction_tutor).map((row) => row.ect_name);

      expect(flagged(oakfield)).toEqual(['Ben Tremayne']);
      expect(flagged(brookside)).toEqual(['Hannah Wright']);
    });

    it('flags mentors awaiting the QTS check', async () => {
      const oakfield = await ects('oakfield', '2026-12-04');
      const brookside = await ects('brookside', '2026-12-04');
      const flagged = (rows: ExpectedEctRow[]) =>
        rows.filter((row) => row.flag_mentor_without_qts).map((row) => row.ect_name);

      expect(flagged(oakfield)).toEqual(['Chloé Durand']);
      // Owen Price's mentor has no QTS either, but the appropriate body confirmed the check.
      expect(flagged(brookside)).toEqual(['Rosie Kaur']);
    });

    it('follows a mentor change', async () => {
      const before = await ectNamed('oakfield', '2026-02-13', 'Dylan Fitzgerald');
      const halfTerm = await ectNamed('oakfield', '2026-02-18', 'Dylan Fitzgerald');

      expect(before.mentor_name).toBe('Rachel Whitfield');
      expect(before.timetabled_minutes_per_week).toBe(45);
      expect(halfTerm.mentor_name).toBe('Daniel Okafor');
      // The new slot starts after half-term.
      expect(halfTerm.flag_no_slot).toBe(true);
      expect(halfTerm.timetabled_minutes_per_week).toBe(0);
    });

    it('shows a lapsed pairing', async () => {
      const femi = await ectNamed('oakfield', '2026-12-04', 'Femi Adeyemi');
      const oakfield = await tiles('oakfield', '2026-12-04');

      expect(femi.last_session_on).toBe('2026-10-05');
      expect(femi.flag_no_slot).toBe(false);
      expect(oakfield.ects_without_recent_session).toBe(1);
    });

    it('shows an ECT without a mentor', async () => {
      const early = await ectNamed('oakfield', '2026-09-08', 'Chloé Durand');
      const samuel = await ectNamed('riverside', '2026-12-04', 'Samuel Osei');

      expect(early.flag_no_mentor).toBe(true);
      expect(early.mentor_name).toBeNull();
      expect(samuel.flag_no_mentor).toBe(true);
      expect(samuel.last_session_on).toBe('2026-11-26');
    });

    it('counts open concerns from the oldest', async () => {
      const oakfield = await tiles('oakfield', '2026-12-04');

      // Open, in progress and escalated; the oldest was raised on 14 October 2026.
      expect(oakfield.open_concerns).toBe(3);
      expect(oakfield.oldest_open_concern_days).toBe(daysBetween('2026-10-14', '2026-12-04'));
      expect(oakfield.oldest_open_concern_days).toBe(51);
    });

    it('hides another school’s ECTs', async () => {
      const { data, error } = await clients.get('oakfield')!.rpc('school_dashboard_ects', {
        p_school_id: schoolIds.get('brookside'),
        p_as_of: '2026-12-04',
      });

      expect(error).toBeNull();
      expect(data).toEqual([]);
    });
  });
});
