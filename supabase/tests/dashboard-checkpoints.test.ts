// Checks the induction calendar and the dashboard's due and overdue checkpoint flags, called
// over the API as the demo induction tutors, against the seed's independent calculator
// (supabase/seed/expected.ts and checkpoints.ts) and against facts checked by hand.

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

// The seed records reviews up to the day it runs, so the calculator needs the same day.
const seededOn = londonToday();

const AS_OF_DATES: [string, string][] = [
  ['today', seededOn],
  ['early autumn term', '2026-09-08'],
  ['last week of autumn term', '2026-12-16'],
  ['Christmas holiday', '2026-12-28'],
  ['summer holiday', '2026-08-12'],
  ['Easter holiday', '2026-04-01'],
];

const TUTORS: [school: string, urn: string, email: string][] = [
  ['oakfield', '990101', 'tutor@oakfield.example'],
  ['brookside', '990202', 'tutor@brookside.example'],
];

interface CalendarRow {
  induction_term: number;
  kind: string;
  due_on: string | null;
  completed_on: string | null;
  on_track: boolean | null;
  status: string;
}

describe.each(testBackends())('induction calendar on the demo seed (%s)', (backend) => {
  let stack: TestStack;
  const clients = new Map<string, SupabaseClient>();
  const schoolIds = new Map<string, string>();

  async function inductionOf(name: string): Promise<string> {
    const [row] = await stack.sql<{ id: string }>(
      `select e.id from public.ect_inductions e join public.staff s on s.id = e.ect_staff_id
       where s.full_name = $1`,
      [name],
    );
    return row!.id;
  }

  async function calendar(school: string, name: string, asOf: string): Promise<CalendarRow[]> {
    const { data, error } = await clients.get(school)!.rpc('induction_calendar', {
      p_ect_induction_id: await inductionOf(name),
      p_as_of: asOf,
    });
    if (error) throw new Error(`induction_calendar failed: ${error.message}`);
    return data as CalendarRow[];
  }

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    if (londonToday() !== seededOn) {
      throw new Error('The date in England changed while the seed ran; run the tests again');
    }
    for (const [school, urn, email] of TUTORS) {
      const [row] = await stack.sql<{ id: string }>(
        'select id from public.schools where urn = $1',
        [urn],
      );
      schoolIds.set(school, row!.id);
      const client = createClient(stack.url, stack.anonKey, {
        auth: { persistSession: false, autoRefreshToken: false },
      });
      const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
      if (error) throw new Error(`Sign-in as ${email} failed: ${error.message}`);
      clients.set(school, client);
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe.each(TUTORS.map(([school]) => school))('%s', (school) => {
    it.each(AS_OF_DATES)('checkpoint rows as of %s (%s)', async (_label, asOf) => {
      const expected = expectedDashboard(school, asOf, { today: seededOn });

      const { data, error } = await clients.get(school)!.rpc('school_dashboard_checkpoints', {
        p_school_id: schoolIds.get(school),
        p_as_of: asOf,
      });

      expect(error).toBeNull();
      expect(data).toEqual(expected.checkpoints);
    });

    it('covers the same ECTs as the dashboard', async () => {
      const expected = expectedDashboard(school, seededOn, { today: seededOn });

      expect(expected.checkpoints.map((row) => row.ect_induction_id).sort()).toEqual(
        expected.ects.map((row) => row.ect_induction_id).sort(),
      );
    });
  });

  describe('facts checked by hand', () => {
    it('stretches a 0.6 FTE induction term over two school terms', async () => {
      const rows = await calendar('oakfield', 'Eilidh McKenzie', '2026-12-04');

      // Started September 2025. School term j is in induction term floor((j - 1) x 0.6) + 1:
      // autumn 2025 and spring 2026 are term 1, summer and autumn 2026 term 2, spring 2027
      // alone term 3 (floor(4 x 0.6) + 1 = 3, floor(5 x 0.6) + 1 = 4).
      expect(rows.map((row) => row.due_on).slice(0, 3)).toEqual([
        '2026-03-27',
        '2026-12-18',
        '2027-03-25',
      ]);
      expect(rows[1]!.status).toBe('due');
    });

    it('marks the third and sixth terms as assessments', async () => {
      const rows = await calendar('oakfield', 'Dylan Fitzgerald', '2026-12-04');

      expect(rows.map((row) => row.kind)).toEqual([
        'progress_review',
        'progress_review',
        'formal_assessment',
        'progress_review',
        'progress_review',
        'formal_assessment',
      ]);
      expect(rows.map((row) => row.due_on)).toEqual([
        '2025-12-19',
        '2026-03-27',
        '2026-07-22',
        '2026-12-18',
        '2027-03-25',
        '2027-07-21',
      ]);
    });

    it('shows a missed review as overdue', async () => {
      const rows = await calendar('oakfield', 'Tomasz Kowalski', '2026-12-04');

      expect(rows[0]!.status).toBe('done');
      expect(rows[1]!.status).toBe('overdue');
      expect(rows[1]!.due_on).toBe('2026-07-22');
    });

    it('keeps an assessment outcome', async () => {
      const rows = await calendar('oakfield', 'Femi Adeyemi', '2026-12-04');

      expect(rows[2]!.status).toBe('done');
      expect(rows[2]!.on_track).toBe(false);
      expect(rows[2]!.completed_on).toBe('2026-07-15');
    });

    it('has no due date beyond the recorded terms', async () => {
      const rows = await calendar('oakfield', 'Eilidh McKenzie', '2026-12-04');

      expect(rows[5]!.due_on).toBeNull();
      expect(rows[5]!.status).toBe('upcoming');
    });

    it('hides another school’s induction', async () => {
      const { data, error } = await clients.get('brookside')!.rpc('induction_calendar', {
        p_ect_induction_id: await inductionOf('Dylan Fitzgerald'),
      });

      expect(error).toBeNull();
      expect(data).toEqual([]);
    });
  });
});
