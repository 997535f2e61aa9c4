// Write functions on rows the caller cannot change. A tutor of another school, a mentor and an
// ECT (who can read the row) and a tutor with a missing id all get the same 404 with SQLSTATE
// PT404 through supabase-js, and no row changes. A direct REST update of a hidden row returns
// no rows rather than 403, so "not found" matches how the tables respond.

import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import { Fixtures } from './fixtures.ts';
import { setUpPeople, type People } from './people.ts';

type WriteFunction = 'change_induction_status' | 'assign_mentor' | 'end_pairing';

const WRITE_FUNCTIONS: WriteFunction[] = [
  'change_induction_status',
  'assign_mentor',
  'end_pairing',
];

type Caller = 'otherTutor' | 'mentor' | 'ect' | 'tutor';

/** The rows a call targets: an induction and one of its pairings. */
interface Target {
  inductionId: string;
  pairingId: string;
}

interface Case {
  label: string;
  caller: Caller;
  /** Whether the caller can read the target rows through the tables' REST API. */
  readsTarget: boolean;
  /** Builds the target: rows made for the call, the ECT's own rows, or ids of no row. */
  target: () => Promise<Target>;
}

const NOT_FOUND_HINT =
  'It may have been deleted, or your role may not let you change it. Reload the page and try again.';

/** The error body each function sends for a row it cannot find, worked out from its id. */
function expectedNotFound(fn: WriteFunction, target: Target) {
  if (fn === 'end_pairing') {
    return {
      code: 'PT404',
      message: 'Pairing not found',
      details: `No pairing with id ${target.pairingId} exists that you can change.`,
      hint: NOT_FOUND_HINT,
    };
  }
  return {
    code: 'PT404',
    message: 'ECT induction not found',
    details: `No induction with id ${target.inductionId} exists that you can change.`,
    hint: NOT_FOUND_HINT,
  };
}

describe.each(testBackends())('write functions on hidden rows (%s)', (backend) => {
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

  function client(caller: Caller): SupabaseClient {
    return people.clients[caller];
  }

  /** Inserts an induction at Oakfield paired with the mentor persona (Daniel). */
  async function danielsPairing(): Promise<Target> {
    const pairingId = await fixtures.pairing();
    const [row] = await stack.sql<{ id: string }>(
      'select ect_induction_id::text as id from public.pairings where id = $1',
      [pairingId],
    );
    return { inductionId: row!.id, pairingId };
  }

  function call(caller: Caller, fn: WriteFunction, target: Target) {
    const rpc = client(caller).rpc.bind(client(caller));
    if (fn === 'change_induction_status') {
      return rpc(fn, {
        p_ect_induction_id: target.inductionId,
        p_status: 'paused',
        p_changed_on: '2026-10-01',
        p_reason: 'Long-term absence',
      });
    }
    if (fn === 'assign_mentor') {
      return rpc(fn, {
        p_ect_induction_id: target.inductionId,
        p_mentor_staff_id: people.ids.oakfieldStaff.mentor,
        p_starts_on: '2026-10-05',
      });
    }
    return rpc(fn, { p_pairing_id: target.pairingId, p_ended_on: '2026-11-30' });
  }

  /** Reads the induction, its pairings, their slots and the audit log's size as the owner. */
  async function snapshot(target: Target): Promise<unknown> {
    const [row] = await stack.sql<{ snapshot: unknown }>(
      `select jsonb_build_object(
         'induction', (select to_jsonb(e) from public.ect_inductions e where e.id = $1),
         'pairings', (select coalesce(jsonb_agg(to_jsonb(p) order by p.id), '[]')
                      from public.pairings p where p.ect_induction_id = $1 or p.id = $2),
         'slots', (select coalesce(jsonb_agg(to_jsonb(s) order by s.id), '[]')
                   from public.timetable_slots s
                   join public.pairings p on p.id = s.pairing_id
                   where p.ect_induction_id = $1 or p.id = $2),
         'audit_rows', (select count(*) from public.audit_log)
       ) as snapshot`,
      [target.inductionId, target.pairingId],
    );
    return row!.snapshot;
  }

  const cases: Case[] = [
    {
      label: 'tutor of another school',
      caller: 'otherTutor',
      readsTarget: false,
      target: () => danielsPairing(),
    },
    {
      label: "mentor on their mentee's rows",
      caller: 'mentor',
      readsTarget: true,
      target: () => danielsPairing(),
    },
    {
      label: 'ECT on their own rows',
      caller: 'ect',
      readsTarget: true,
      target: async () => ({
        inductionId: people.ids.amaraInduction,
        pairingId: people.ids.amaraPairing,
      }),
    },
    {
      label: 'tutor with a missing id',
      caller: 'tutor',
      readsTarget: false,
      target: async () => ({ inductionId: randomUUID(), pairingId: randomUUID() }),
    },
  ];

  describe.each(WRITE_FUNCTIONS)('%s', (fn) => {
    it.each(cases)('returns 404 to a $label', async ({ caller, readsTarget, target: build }) => {
      const target = await build();
      const visible = await client(caller)
        .from(fn === 'end_pairing' ? 'pairings' : 'ect_inductions')
        .select('id')
        .eq('id', fn === 'end_pairing' ? target.pairingId : target.inductionId);
      const before = await snapshot(target);

      const result = await call(caller, fn, target);

      // The case means something only if the caller's reading rights are as labelled.
      expect(visible.error).toBeNull();
      expect(visible.data).toHaveLength(readsTarget ? 1 : 0);
      expect(result.status).toBe(404);
      expect(result.data).toBeNull();
      expect(result.error).toEqual(expectedNotFound(fn, target));
      expect(await snapshot(target)).toEqual(before);
    });
  });

  describe('assign_mentor', () => {
    it.each([
      {
        label: 'staff member of another school',
        mentor: () => fixtures.staff(people.ids.brookside),
      },
      { label: 'missing staff id', mentor: async () => randomUUID() },
    ])('returns 404 for a $label as mentor', async ({ mentor }) => {
      const target = await danielsPairing();
      const mentorStaffId = await mentor();
      const before = await snapshot(target);

      const result = await client('tutor').rpc('assign_mentor', {
        p_ect_induction_id: target.inductionId,
        p_mentor_staff_id: mentorStaffId,
        p_starts_on: '2026-10-05',
      });

      expect(result.status).toBe(404);
      expect(result.error).toEqual({
        code: 'PT404',
        message: 'Mentor not found at this school',
        details: null,
        hint: 'Choose a mentor from the list.',
      });
      expect(await snapshot(target)).toEqual(before);
    });
  });

  describe('tables', () => {
    it('update no hidden row and raise no error', async () => {
      const target = await danielsPairing();
      const before = await snapshot(target);

      const induction = await client('otherTutor')
        .from('ect_inductions')
        .update({ status: 'paused' })
        .eq('id', target.inductionId)
        .select('id');
      const pairing = await client('mentor')
        .from('pairings')
        .update({ ended_on: '2026-11-30' })
        .eq('id', target.pairingId)
        .select('id');

      expect(induction.error).toBeNull();
      expect(induction.data).toEqual([]);
      expect(pairing.error).toBeNull();
      expect(pairing.data).toEqual([]);
      expect(await snapshot(target)).toEqual(before);
    });
  });

  it('still lets the tutor of the school end a pairing', async () => {
    const target = await danielsPairing();

    const result = await call('tutor', 'end_pairing', target);
    const [row] = await stack.sql<{ ended_on: string }>(
      'select ended_on::text from public.pairings where id = $1',
      [target.pairingId],
    );

    expect(result.error).toBeNull();
    expect(result.status).toBe(204);
    expect(row!.ended_on).toBe('2026-11-30');
  });
});
