// Checks the mentor's, the headteacher's and the trust summary's SQL functions, called over
// the API as the demo users, against the seed's independent calculator
// (supabase/seed/expected-role-views.ts), and the mentor training logs' policies.

import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { londonToday } from '../seed/dates.ts';
import { expectedDashboard } from '../seed/expected.ts';
import {
  expectedConcernsSummary,
  expectedMentorPairings,
  expectedMentorTime,
  expectedWeeklySessions,
  seedRows,
} from '../seed/expected-role-views.ts';

const PASSWORD = 'mentoring-demo';
const seededOn = londonToday();

// Past days only, so that no slot's start time on "today" matters.
const AS_OF_DATES: [string, string][] = [
  ['late autumn term', '2026-12-01'],
  ['autumn half-term', '2026-10-28'],
  ['early spring term', '2026-01-14'],
  ['summer term', '2026-06-17'],
  ['summer holiday', '2026-08-12'],
];

async function signedIn(stack: TestStack, email: string): Promise<SupabaseClient> {
  const client = createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw new Error(`Sign-in as ${email} failed: ${error.message}`);
  return client;
}

describe.each(testBackends())('role views on the demo seed (%s)', (backend) => {
  let stack: TestStack;
  let mentor: SupabaseClient;
  let head: SupabaseClient;
  let ect: SupabaseClient;
  const rows = seedRows(seededOn);
  const oakfieldId = rows.schoolIds.oakfield;

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    mentor = await signedIn(stack, 'mentor@oakfield.example');
    head = await signedIn(stack, 'head@oakfield.example');
    ect = await signedIn(stack, 'ect@oakfield.example');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it.each(AS_OF_DATES)('mentor overview matches (%s)', async (_label, asOf) => {
    const { data, error } = await mentor.rpc('mentor_pairings_overview', {
      p_school_id: oakfieldId,
      p_as_of: asOf,
    });

    expect(error).toBeNull();
    const expected = expectedMentorPairings('oakfield', 'mentor@oakfield.example', asOf, {
      today: seededOn,
    });
    expect(data).toEqual(expected.map((row) => expect.objectContaining(row)));
  });

  it('mentor overview is empty for the ECT', async () => {
    const { data, error } = await ect.rpc('mentor_pairings_overview', {
      p_school_id: oakfieldId,
      p_as_of: '2026-12-01',
    });

    expect(error).toBeNull();
    expect(data).toEqual([]);
  });

  it.each(AS_OF_DATES)('weekly sessions match for the ECT (%s)', async (_label, asOf) => {
    const amara = rows.inductions.find(
      (row) => row.ect_staff_id === rows.staff.find((s) => s.email === 'ect@oakfield.example')!.id,
    )!;

    const { data, error } = await ect.rpc('induction_weekly_sessions', {
      p_ect_induction_id: amara.id,
      p_as_of: asOf,
    });

    expect(error).toBeNull();
    expect(data).toEqual(expectedWeeklySessions(amara.id, asOf, { today: seededOn }));
  });

  it.each(AS_OF_DATES)('mentor time matches (%s)', async (_label, asOf) => {
    const { data, error } = await head.rpc('school_mentor_time', {
      p_school_id: oakfieldId,
      p_as_of: asOf,
    });

    expect(error).toBeNull();
    const expected = expectedMentorTime('oakfield', asOf, { today: seededOn });
    expect(data.academic_year).toBe(expected.academic_year);
    expect(data.mentors).toEqual(expected.mentors.map((row) => expect.objectContaining(row)));
    expect(data.pairings_without_slot).toEqual(
      expected.pairings_without_slot.map((row) => expect.objectContaining(row)),
    );
    expect(data.reductions_below_minimum).toEqual(
      expected.reductions_below_minimum.map((row) => expect.objectContaining(row)),
    );
  });

  it('mentor time is empty for a mentor without a role there', async () => {
    const { data, error } = await mentor.rpc('school_mentor_time', {
      p_school_id: rows.schoolIds.brookside,
      p_as_of: '2026-12-01',
    });

    expect(error).toBeNull();
    expect(data.mentors).toEqual([]);
  });

  it.each(AS_OF_DATES)('concerns summary matches (%s)', async (_label, asOf) => {
    const { data, error } = await head.rpc('school_concerns_summary', {
      p_school_id: oakfieldId,
      p_as_of: asOf,
    });

    expect(error).toBeNull();
    const expected = expectedConcernsSummary('oakfield', asOf, { today: seededOn });
    const { unresolved, ...counts } = expected;
    expect(data).toEqual(expect.objectContaining(counts));
    expect(data.unresolved).toEqual(unresolved.map((row) => expect.objectContaining(row)));
  });

  it('trust summary shows whole-school figures only to the headteacher', async () => {
    const { data: forHead, error: headError } = await head.rpc('trust_summary', {
      p_as_of: '2026-12-01',
    });
    const { data: forMentor, error: mentorError } = await mentor.rpc('trust_summary', {
      p_as_of: '2026-12-01',
    });

    expect(headError).toBeNull();
    expect(mentorError).toBeNull();
    const tiles = expectedDashboard('oakfield', '2026-12-01', { today: seededOn }).tiles;
    expect(forHead).toEqual([
      expect.objectContaining({ school_id: oakfieldId, whole_school: true, ...tiles }),
    ]);
    expect(forMentor).toEqual([
      expect.objectContaining({ school_id: oakfieldId, whole_school: false, active_ects: null }),
    ]);
  });

  it('mentor logs training once per request id', async () => {
    const mentorRow = rows.mentors.find(
      (row) => row.staff_id === rows.staff.find((s) => s.email === 'mentor@oakfield.example')!.id,
    )!;
    const entry = {
      school_id: oakfieldId,
      mentor_id: mentorRow.id,
      completed_on: '2026-11-30',
      hours: 1.5,
      activity: 'Test activity',
      client_request_id: crypto.randomUUID(),
    };

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { error } = await mentor
        .from('mentor_training_logs')
        .upsert(entry, { onConflict: 'client_request_id', ignoreDuplicates: true });
      expect(error).toBeNull();
    }

    const stored = await stack.sql<{ count: string }>(
      'select count(*) from public.mentor_training_logs where client_request_id = $1',
      [entry.client_request_id],
    );
    expect(Number(stored[0].count)).toBe(1);
  });

  it('headteacher cannot log training', async () => {
    const mentorRow = rows.mentors.find((row) => row.school_id === oakfieldId)!;
    const { error } = await head.from('mentor_training_logs').insert({
      school_id: oakfieldId,
      mentor_id: mentorRow.id,
      completed_on: '2026-11-30',
      hours: 1,
      activity: 'Headteacher cannot write',
    });

    expect(error?.code).toBe('42501');
  });

  it('ECT cannot read training logs', async () => {
    const { data, error } = await ect.from('mentor_training_logs').select('id');

    expect(error).toBeNull();
    expect(data).toEqual([]);
  });
});
