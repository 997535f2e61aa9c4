// Bad input sent by an induction tutor through supabase-js: the database rejects each case
// with an error that names the field or constraint, and stores awkward but valid names
// unchanged so that ilike finds them.

import type { PostgrestError } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import { Fixtures, newId } from './fixtures.ts';
import { setUpPeople, type People } from './people.ts';

/** Today's date in England, computed here rather than by the database under test. */
function londonDate(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

interface Result {
  error: PostgrestError | null;
  status: number;
}

function expectRejected(result: Result, status: number, code: string, names: string): void {
  expect(result.status).toBe(status);
  expect(result.error?.code).toBe(code);
  expect(result.error?.message).toContain(names);
}

describe.each(testBackends())('bad input (%s)', (backend) => {
  let stack: TestStack;
  let people: People;
  let fixtures: Fixtures;

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    people = await setUpPeople(stack);
    fixtures = new Fixtures(stack, people.ids);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  function insertSession(values: Record<string, unknown>) {
    const id = newId();
    const row = {
      id,
      school_id: people.ids.oakfield,
      pairing_id: people.ids.amaraPairing,
      held_on: '2026-11-03',
      minutes: 30,
      ...values,
    };
    return { id, request: people.clients.tutor.from('mentor_sessions').insert(row) };
  }

  describe('mentor sessions', () => {
    it.each([
      ['0 minutes', 0],
      ['negative minutes', -15],
      ['481 minutes (over a working day)', 481],
    ])('%s: 400 mentor_sessions_minutes_range', async (_name, minutes) => {
      const { id, request } = insertSession({ minutes });

      expectRejected(await request, 400, '23514', 'mentor_sessions_minutes_range');
      expect(await fixtures.exists('mentor_sessions', id)).toBe(false);
    });

    it.each([
      ['1 minute', 1],
      ['480 minutes', 480],
    ])('%s: allowed', async (_name, minutes) => {
      const { id, request } = insertSession({ minutes });

      expect((await request).error).toBeNull();
      expect(await fixtures.exists('mentor_sessions', id)).toBe(true);
    });

    it('held tomorrow: 400 held_on in the future', async () => {
      const { id, request } = insertSession({ held_on: londonDate(1) });

      expectRejected(await request, 400, '23514', 'held_on cannot be in the future');
      expect(await fixtures.exists('mentor_sessions', id)).toBe(false);
    });

    it('held today: allowed', async () => {
      const { id, request } = insertSession({ held_on: londonDate(0) });

      expect((await request).error).toBeNull();
      expect(await fixtures.exists('mentor_sessions', id)).toBe(true);
    });

    it('moved to tomorrow by update: 400 held_on in the future', async () => {
      const id = await fixtures.session();
      const result = await people.clients.tutor
        .from('mentor_sessions')
        .update({ held_on: londonDate(1) })
        .eq('id', id);

      expectRejected(result, 400, '23514', 'held_on cannot be in the future');
    });

    it("before the pairing began: 400 held_on outside the pairing's dates", async () => {
      // Amara's pairing with Daniel starts on 1 September 2026.
      const { id, request } = insertSession({ held_on: '2026-08-31' });
      const result = await request;

      expectRejected(result, 400, '23514', "held_on is outside the pairing's dates");
      expect(result.error?.details).toContain('2026-09-01');
      expect(await fixtures.exists('mentor_sessions', id)).toBe(false);
    });

    it('30 February: 400 22008 naming the value', async () => {
      const { id, request } = insertSession({ held_on: '2026-02-30' });

      // Postgres rejects the literal before any constraint runs, so the message names the
      // value, not the column.
      expectRejected(await request, 400, '22008', '"2026-02-30"');
      expect(await fixtures.exists('mentor_sessions', id)).toBe(false);
    });

    it('notes of 4001 characters: 400 mentor_sessions_notes_length', async () => {
      const { id, request } = insertSession({ notes: 'n'.repeat(4001) });

      expectRejected(await request, 400, '23514', 'mentor_sessions_notes_length');
      expect(await fixtures.exists('mentor_sessions', id)).toBe(false);
    });

    it('notes of 4000 characters: allowed', async () => {
      const { id, request } = insertSession({ notes: 'n'.repeat(4000) });

      expect((await request).error).toBeNull();
      expect(await fixtures.exists('mentor_sessions', id)).toBe(true);
    });
  });

  describe('pairings', () => {
    function insertPairing(values: Record<string, unknown>) {
      const id = newId();
      const row = { id, school_id: people.ids.oakfield, started_on: '2026-09-01', ...values };
      return { id, request: people.clients.tutor.from('pairings').insert(row) };
    }

    it('second mentor for the same days: 400 pairings_one_mentor_per_day', async () => {
      const [rachel] = await stack.sql<{ id: string }>(
        `select m.id from public.mentors m join public.staff s on s.id = m.staff_id
         where s.email = 'rachel.whitfield@oakfield.example'`,
      );
      const { id, request } = insertPairing({
        mentor_id: rachel!.id,
        ect_induction_id: people.ids.amaraInduction,
        started_on: '2026-10-01',
      });

      expectRejected(await request, 400, '23P01', 'pairings_one_mentor_per_day');
      expect(await fixtures.exists('pairings', id)).toBe(false);
    });

    it('mentor mentoring themself: 400 naming mentor_id', async () => {
      // Daniel, a mentor, also starts an induction at Oakfield.
      const [induction] = await stack.sql<{ id: string }>(
        `insert into public.ect_inductions (school_id, ect_staff_id, started_on, programme)
         select m.school_id, m.staff_id, '2026-09-01', 'school_led' from public.mentors m
         where m.id = $1 returning id`,
        [people.ids.danielMentor],
      );
      const { id, request } = insertPairing({
        mentor_id: people.ids.danielMentor,
        ect_induction_id: induction!.id,
      });
      const result = await request;

      expectRejected(result, 400, '23514', 'A mentor cannot mentor themself');
      expect(result.error?.details).toContain('mentor_id');
      expect(await fixtures.exists('pairings', id)).toBe(false);
    });

    it('mentor from another school: 409 pairings_school_id_mentor_id_fkey', async () => {
      const { id, request } = insertPairing({
        mentor_id: people.ids.brooksideMentor,
        ect_induction_id: await fixtures.induction(),
      });

      expectRejected(await request, 409, '23503', 'pairings_school_id_mentor_id_fkey');
      expect(await fixtures.exists('pairings', id)).toBe(false);
    });

    it('ending before it starts: 400 pairings_dates_order', async () => {
      const { id, request } = insertPairing({
        mentor_id: people.ids.danielMentor,
        ect_induction_id: await fixtures.induction(),
        ended_on: '2026-08-31',
      });

      expectRejected(await request, 400, '23514', 'pairings_dates_order');
      expect(await fixtures.exists('pairings', id)).toBe(false);
    });
  });

  describe('staff and schools', () => {
    function insertStaff(values: Record<string, unknown>) {
      const n = fixtures.unique();
      const id = newId();
      const row = {
        id,
        school_id: people.ids.oakfield,
        full_name: `Input Person ${n}`,
        email: `input.person.${n}@example.test`,
        ...values,
      };
      return { id, request: people.clients.tutor.from('staff').insert(row) };
    }

    it('email differing only in case: 409 staff_school_email_key', async () => {
      const { id, request } = insertStaff({ email: 'MENTOR@Oakfield.Example' });

      expectRejected(await request, 409, '23505', 'staff_school_email_key');
      expect(await fixtures.exists('staff', id)).toBe(false);
    });

    it.each([
      ['8 digits', '12345678'],
      ['letters', 'AB12345'],
      ['a hyphen', '123-4567'],
    ])('TRN with %s: 400 staff_trn_format', async (_name, trn) => {
      const { id, request } = insertStaff({ trn });

      expectRejected(await request, 400, '23514', 'staff_trn_format');
      expect(await fixtures.exists('staff', id)).toBe(false);
    });

    it('TRN of 5 digits: stored zero-padded to 7', async () => {
      const { id, request } = insertStaff({ trn: '12345' });

      expect((await request).error).toBeNull();
      const [row] = await stack.sql<{ trn: string }>('select trn from public.staff where id = $1', [
        id,
      ]);
      expect(row!.trn).toBe('0012345');
    });

    it('email without a domain: 400 staff_email_format', async () => {
      const { id, request } = insertStaff({ email: 'not-an-email' });

      expectRejected(await request, 400, '23514', 'staff_email_format');
      expect(await fixtures.exists('staff', id)).toBe(false);
    });

    it('blank name: 400 staff_full_name_length', async () => {
      const { id, request } = insertStaff({ full_name: '   ' });

      expectRejected(await request, 400, '23514', 'staff_full_name_length');
      expect(await fixtures.exists('staff', id)).toBe(false);
    });

    it.each([
      ['5 digits', '12345'],
      ['7 digits', '1234567'],
      ['letters', 'AB1234'],
    ])('URN with %s: 400 schools_urn_format', async (_name, urn) => {
      const result = await people.clients.tutor
        .from('schools')
        .update({ urn })
        .eq('id', people.ids.oakfield);

      expectRejected(result, 400, '23514', 'schools_urn_format');
      const [row] = await stack.sql<{ urn: string }>(
        'select urn from public.schools where id = $1',
        [people.ids.oakfield],
      );
      expect(row!.urn).toBe('990101');
    });
  });

  describe('names', () => {
    // Each name is searched for with a fragment of itself, as a user would type it.
    const names: [string, string, string][] = [
      ['straight apostrophe', "Seán O'Connor", "%o'connor%"],
      ['curly apostrophe', 'Gráinne O’Neill', '%O’NEILL%'],
      ['diaeresis', 'Zoë Brontë', '%zoë%'],
      ['combining accent', 'Chloe\u0301 Martin', '%chloe\u0301%'],
      ['emoji', 'Priya 🌟 Shah', '%🌟%'],
      ['Polish letters', 'Łukasz Żółć', '%żółć%'],
      ['Vietnamese tones', 'Nguyễn Thị Minh Khai', '%nguyễn thị%'],
    ];

    it.each(names)('%s: stored unchanged and found', async (_name, fullName, pattern) => {
      const n = fixtures.unique();
      const id = newId();
      const insert = await people.clients.tutor.from('staff').insert({
        id,
        school_id: people.ids.oakfield,
        full_name: fullName,
        email: `name.${n}@example.test`,
      });
      expect(insert.error).toBeNull();

      const [stored] = await stack.sql<{ full_name: string }>(
        'select full_name from public.staff where id = $1',
        [id],
      );
      // Same code points: the database neither normalises nor re-encodes.
      expect(Array.from(stored!.full_name)).toEqual(Array.from(fullName));

      const found = await people.clients.tutor
        .from('staff')
        .select('id, full_name')
        .ilike('full_name', pattern);
      expect(found.error).toBeNull();
      expect(found.data).toEqual([{ id, full_name: fullName }]);
    });
  });
});
