// The access matrix: for every table and function that the API exposes, every operation and
// every kind of user, the outcome stated in a table below and checked through supabase-js
// against the seeded demo schools. Writes target Oakfield, the school of most personas.

import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import { createTestClient } from '../../../local-supabase/testing/clients.ts';
import { Fixtures, newId, PAST_SESSION_DATE } from './fixtures.ts';
import { PERSONA_LABELS, PERSONAS, setUpPeople, type People, type Persona } from './people.ts';
import { ANON_ARGUMENTS, CALL_CHECKS } from './calls.ts';
import {
  expectedIds,
  FUNCTIONS,
  parseScopes,
  TABLES,
  type ApiFunction,
  type Table,
} from './scopes.ts';

// Reads: which rows each persona gets from `select id` on the whole table. 'denied 401' is
// PostgREST's response to a role without the privilege when no user is signed in. Scopes are
// defined in scopes.ts and joined with ' + '.
const READS: Record<Table, Record<Persona, string>> = {
  appropriate_bodies: {
    anon: 'denied 401',
    noSchool: 'all',
    ect: 'all',
    mentor: 'all',
    otherMentor: 'all',
    head: 'all',
    tutor: 'all',
    otherTutor: 'all',
    twoSchools: 'all',
    service: 'all',
  },
  schools: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'member school',
    mentor: 'member school',
    otherMentor: 'member school',
    head: 'member school',
    tutor: 'member school',
    otherTutor: 'member school',
    twoSchools: 'member school',
    service: 'all',
  },
  staff: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'self + own induction',
    mentor: 'self + own pairings',
    otherMentor: 'self + own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + self + own pairings',
    service: 'all',
  },
  school_roles: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'self',
    mentor: 'self',
    otherMentor: 'self',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + self',
    service: 'all',
  },
  ect_inductions: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + own pairings',
    service: 'all',
  },
  mentors: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'self',
    otherMentor: 'self',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + self',
    service: 'all',
  },
  pairings: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + own pairings',
    service: 'all',
  },
  timetable_slots: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + own pairings',
    service: 'all',
  },
  mentor_sessions: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + own pairings',
    service: 'all',
  },
  concerns: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'raised by self',
    otherMentor: 'raised by self',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + raised by self',
    service: 'all',
  },
  term_dates: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'member school',
    mentor: 'member school',
    otherMentor: 'member school',
    head: 'member school',
    tutor: 'member school',
    otherTutor: 'member school',
    twoSchools: 'member school',
    service: 'all',
  },
  mentor_training_logs: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'self',
    otherMentor: 'self',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + self',
    service: 'all',
  },
  concern_notes: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'none',
    otherMentor: 'none',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school',
    service: 'all',
  },
  induction_reviews: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school + own pairings',
    service: 'all',
  },
  audit_log: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'none',
    otherMentor: 'none',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'led school',
    twoSchools: 'led school',
    service: 'all',
  },
};

type WriteOperation = 'insert' | 'update' | 'delete';

// Writes against an Oakfield row (updates and deletes) or an Oakfield payload (inserts); rows
// of pairing-scoped tables belong to Amara's pairing with Daniel, the mentor persona. Codes:
//   ok   allowed: the row is written
//   0    no row matches: nothing changes (a policy hides the row from this operation)
//   rls  refused by policy: 403, 42501 "new row violates row-level security policy"
//   403  no privilege: 403, 42501 "permission denied for table"
//   401  no privilege and nobody signed in: 401, 42501
// prettier-ignore
const WRITES: Record<Table, Record<WriteOperation, string>> = {
  //                  anon noSchool ect mentor otherMentor head tutor otherTutor twoSchools service
  appropriate_bodies: {
    insert:          '401  403      403 403    403         403  403   403        403        ok',
    update:          '401  403      403 403    403         403  403   403        403        ok',
    delete:          '401  403      403 403    403         403  403   403        403        ok',
  },
  schools: {
    insert:          '401  403      403 403    403         403  403   403        403        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  403      403 403    403         403  403   403        403        ok',
  },
  staff: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  school_roles: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  ect_inductions: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  mentors: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  pairings: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  timetable_slots: {
    insert:          '401  rls      rls ok     rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   ok     0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  mentor_sessions: {
    insert:          '401  rls      rls ok     rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   ok     0           0    ok    0          0          ok',
    delete:          '401  0        0   ok     0           0    ok    0          0          ok',
  },
  concerns: {
    insert:          '401  rls      rls ok     rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  term_dates: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  mentor_training_logs: {
    insert:          '401  rls      rls ok     rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   ok     0           0    ok    0          0          ok',
    delete:          '401  0        0   ok     0           0    ok    0          0          ok',
  },
  // Notes rows belong to their author: the targets are notes written by the tutor persona.
  concern_notes: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  induction_reviews: {
    insert:          '401  rls      rls rls    rls         rls  ok    rls        rls        ok',
    update:          '401  0        0   0      0           0    ok    0          0          ok',
    delete:          '401  0        0   0      0           0    ok    0          0          ok',
  },
  audit_log: {
    insert:          '401  403      403 403    403         403  403   403        403        403',
    update:          '401  403      403 403    403         403  403   403        403        403',
    delete:          '401  403      403 403    403         403  403   403        403        403',
  },
};

type WriteCode = 'ok' | '0' | 'rls' | '403' | '401';

const WRITE_CODE_LABELS: Record<WriteCode, string> = {
  ok: 'allowed',
  '0': 'no rows',
  rls: 'refused by policy 403',
  '403': 'denied 403',
  '401': 'denied 401',
};

function dashboardScopes(): Record<Persona, string> {
  return {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'none',
    twoSchools: 'own pairings',
    service: 'all',
  };
}

function amaraScopes(): Record<Persona, string> {
  return {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'none',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'none',
    twoSchools: 'none',
    service: 'all',
  };
}

function tutorWrite(): Record<Persona, string> {
  return {
    anon: 'denied 401',
    noSchool: 'not found 404',
    ect: 'not found 404',
    mentor: 'not found 404',
    otherMentor: 'not found 404',
    head: 'not found 404',
    tutor: 'allowed',
    otherTutor: 'not found 404',
    twoSchools: 'not found 404',
    service: 'allowed',
  };
}

// Calls: what each function returns to each persona (checks in calls.ts). Read functions take
// Oakfield or Amara's induction, and their outcome is the scope, over the rows they report on,
// that feeds the result. Write functions act on an Oakfield row made for the call. They raise
// PT404 when the caller's policies hide that row, which PostgREST sends as 404.
const CALLS: Record<ApiFunction, Record<Persona, string>> = {
  current_user_roles: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own roles',
    mentor: 'own roles',
    otherMentor: 'own roles',
    head: 'own roles',
    tutor: 'own roles',
    otherTutor: 'own roles',
    twoSchools: 'own roles',
    service: 'none',
  },
  // Rows: active ECT inductions at Oakfield.
  school_dashboard: dashboardScopes(),
  school_dashboard_tiles: dashboardScopes(),
  school_dashboard_ects: dashboardScopes(),
  school_dashboard_checkpoints: dashboardScopes(),
  // Rows: current Oakfield pairings of active ECTs, reported as their mentors.
  school_mentor_time: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own induction',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'none',
    twoSchools: 'own pairings',
    service: 'all',
  },
  // Rows: unresolved Oakfield concerns.
  school_concerns_summary: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'raised by self',
    otherMentor: 'raised by self',
    head: 'led school',
    tutor: 'led school',
    otherTutor: 'none',
    twoSchools: 'raised by self',
    service: 'all',
  },
  // Rows: one per school where the user has a role, with figures where they lead it.
  trust_summary: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'own schools',
    mentor: 'own schools',
    otherMentor: 'own schools',
    head: 'own schools',
    tutor: 'own schools',
    otherTutor: 'own schools',
    twoSchools: 'own schools',
    service: 'none',
  },
  // Rows: current Oakfield pairings in which the caller is the mentor.
  mentor_pairings_overview: {
    anon: 'denied 401',
    noSchool: 'none',
    ect: 'none',
    mentor: 'own pairings',
    otherMentor: 'own pairings',
    head: 'none',
    tutor: 'own pairings',
    otherTutor: 'none',
    twoSchools: 'own pairings',
    service: 'none',
  },
  // Rows: Amara's sessions in the weeks of the current term.
  induction_weekly_sessions: amaraScopes(),
  // Rows: Amara's induction, reported as its six checkpoints.
  induction_calendar: amaraScopes(),
  change_induction_status: tutorWrite(),
  assign_mentor: tutorWrite(),
  end_pairing: tutorWrite(),
  save_staff_members: {
    anon: 'denied 401',
    noSchool: 'refused by policy 403',
    ect: 'refused by policy 403',
    mentor: 'refused by policy 403',
    otherMentor: 'refused by policy 403',
    head: 'refused by policy 403',
    tutor: 'allowed',
    otherTutor: 'refused by policy 403',
    twoSchools: 'refused by policy 403',
    service: 'allowed',
  },
};

function writeCodes(table: Table, operation: WriteOperation): Record<Persona, WriteCode> {
  const codes = WRITES[table][operation].trim().split(/\s+/) as WriteCode[];
  if (codes.length !== PERSONAS.length) {
    throw new Error(
      `WRITES.${table}.${operation} has ${codes.length} codes, not ${PERSONAS.length}`,
    );
  }
  return Object.fromEntries(PERSONAS.map((persona, i) => [persona, codes[i]!])) as Record<
    Persona,
    WriteCode
  >;
}

const readCases = TABLES.flatMap((table) =>
  PERSONAS.map((persona) => ({
    name: `${table} select as ${PERSONA_LABELS[persona]}: ${READS[table][persona]}`,
    table,
    persona,
    outcome: READS[table][persona],
  })),
);

const writeCases = TABLES.flatMap((table) =>
  (['insert', 'update', 'delete'] as const).flatMap((operation) => {
    const codes = writeCodes(table, operation);
    return PERSONAS.map((persona) => ({
      name: `${table} ${operation} as ${PERSONA_LABELS[persona]}: ${WRITE_CODE_LABELS[codes[persona]]}`,
      table,
      operation,
      persona,
      code: codes[persona],
    }));
  }),
);

const callCases = FUNCTIONS.flatMap((fn) =>
  PERSONAS.map((persona) => ({
    name: `${fn} call as ${PERSONA_LABELS[persona]}: ${CALLS[fn][persona]}`,
    fn,
    persona,
    outcome: CALLS[fn][persona],
  })),
);

interface ApiResult {
  data: unknown;
  error: PostgrestError | null;
  status: number;
}

/** Reads every id the client can see, a page of 1000 (the API's max_rows) at a time. */
async function readAllIds(
  client: SupabaseClient,
  table: Table,
): Promise<ApiResult & { ids: string[] }> {
  const ids: string[] = [];
  for (let from = 0; ; from += 1000) {
    const result = await client
      .from(table)
      .select('id')
      .order('id')
      .range(from, from + 999);
    if (result.error) return { ...result, ids };
    const rows = result.data as { id: string | number }[];
    ids.push(...rows.map((row) => String(row.id)));
    if (rows.length < 1000) return { ...result, ids };
  }
}

function expectDenied(result: ApiResult, code: '401' | '403' | 'rls'): void {
  expect(result.status).toBe(code === '401' ? 401 : 403);
  expect(result.error?.code).toBe('42501');
  if (code === 'rls') {
    expect(result.error?.message).toMatch(/violates row-level security policy/);
  } else {
    expect(result.error?.message).toMatch(/permission denied for table/);
  }
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}

describe.each(testBackends())('access matrix (%s)', (backend) => {
  let stack: TestStack;
  let people: People;
  let fixtures: Fixtures;
  /** An open Oakfield concern, raised by a mentor persona, for concern notes. */
  let oakfieldConcern: string;

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    people = await setUpPeople(stack);
    fixtures = new Fixtures(stack, people.ids);
    // Every scope needs rows, or a case could pass without proving anything. The seed may
    // leave some empty, so add a concern and a training log per mentor persona, a review of
    // an ECT of each, and concern notes at both schools.
    const { ids } = people;
    for (const persona of ['mentor', 'otherMentor', 'twoSchools'] as const) {
      oakfieldConcern = await fixtures.concern(ids.oakfieldStaff[persona]!);
    }
    for (const mentor of [ids.danielMentor, ids.marcusMentor, ids.brooksideMentor]) {
      await fixtures.trainingLog(mentor);
    }
    const [rachel] = await stack.sql<{ id: string }>(
      'select m.id from public.mentors m join public.staff s on s.id = m.staff_id where s.user_id = $1',
      [ids.users.otherMentor],
    );
    await fixtures.trainingLog(rachel!.id);
    const mentees = await stack.sql<{ id: string }>(
      `select distinct on (p.mentor_id) p.ect_induction_id as id from public.pairings p
       where p.mentor_id = any ($1::uuid[]) and p.ended_on is null order by p.mentor_id, p.id`,
      [[ids.danielMentor, ids.marcusMentor, rachel!.id, ids.brooksideMentor]],
    );
    for (const mentee of [ids.amaraInduction, ...mentees.map((row) => row.id)]) {
      await fixtures.review(mentee);
    }
    await fixtures.concernNote(oakfieldConcern, ids.oakfieldStaff.tutor!);
    const [brooksideConcern] = await stack.sql<{ id: string }>(
      'select id from public.concerns where school_id = $1 order by id limit 1',
      [ids.brookside],
    );
    await fixtures.concernNote(brooksideConcern!.id, null);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('covers every table, view and function in public', async () => {
    const relations = await stack.sql<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
         and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
       order by 1`,
    );
    const functions = await stack.sql<{ name: string }>(
      `select distinct p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public'
         and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
       order by 1`,
    );
    expect(relations.map((row) => row.name)).toEqual(sorted([...TABLES]));
    expect(functions.map((row) => row.name)).toEqual(sorted([...FUNCTIONS]));
  });

  describe('select', () => {
    it.each(readCases.map((c) => [c.name, c] as const))(
      '%s',
      async (_name, { table, persona, outcome }) => {
        const result = await readAllIds(people.clients[persona], table);
        if (outcome === 'denied 401') {
          expectDenied(result, '401');
          return;
        }
        expect(result.error).toBeNull();
        const scopes = parseScopes(outcome);
        const userId = people.ids.users[persona] ?? null;
        // Each scope must match some rows, or the case would pass without proving anything.
        for (const scope of scopes) {
          expect(
            (await expectedIds(stack, table, [scope], userId)).length,
            `rows in scope "${scope}"`,
          ).toBeGreaterThan(0);
        }
        expect(sorted(result.ids)).toEqual(sorted(await expectedIds(stack, table, scopes, userId)));
      },
    );
  });

  /** Builds the payload for an insert of one row of the table, as the persona would send it. */
  async function insertPayload(table: Table, persona: Persona): Promise<Record<string, unknown>> {
    const { ids } = people;
    const n = fixtures.unique();
    switch (table) {
      case 'appropriate_bodies':
        return { id: newId(), name: `API appropriate body ${n}`, type: 'national' };
      case 'schools':
        return {
          id: newId(),
          urn: String(700000 + n),
          name: `API school ${n}`,
          phase: 'primary',
          local_authority: 'Leeds',
        };
      case 'staff':
        return {
          id: newId(),
          school_id: ids.oakfield,
          full_name: `API Person ${n}`,
          email: `api.person.${n}@example.test`,
        };
      case 'school_roles':
        return {
          id: newId(),
          school_id: ids.oakfield,
          staff_id: await fixtures.staff(),
          role: 'mentor',
        };
      case 'ect_inductions':
        return {
          id: newId(),
          school_id: ids.oakfield,
          ect_staff_id: await fixtures.staff(),
          started_on: '2026-09-01',
          programme: 'school_led',
        };
      case 'mentors':
        return { id: newId(), school_id: ids.oakfield, staff_id: await fixtures.staff() };
      case 'pairings':
        return {
          id: newId(),
          school_id: ids.oakfield,
          mentor_id: ids.danielMentor,
          ect_induction_id: await fixtures.induction(),
          started_on: '2026-09-01',
        };
      case 'timetable_slots':
        return {
          id: newId(),
          school_id: ids.oakfield,
          pairing_id: ids.amaraPairing,
          weekday: 5,
          starts_at: '08:00',
          minutes: 20,
          in_teaching_hours: false,
          effective_from: '2026-09-01',
        };
      case 'mentor_sessions':
        return {
          id: newId(),
          school_id: ids.oakfield,
          pairing_id: ids.amaraPairing,
          held_on: PAST_SESSION_DATE,
          minutes: 25,
          kind: 'drop_in',
        };
      case 'concerns':
        return {
          id: newId(),
          school_id: ids.oakfield,
          subject: 'ect_progress',
          ect_induction_id: ids.amaraInduction,
          summary: `API concern ${n}`,
          raised_by_staff_id: ids.oakfieldStaff[persona] ?? null,
        };
      case 'term_dates': {
        const year = fixtures.nextAcademicYear();
        return {
          id: newId(),
          school_id: ids.oakfield,
          academic_year: year,
          term: 2,
          starts_on: `${year + 1}-01-04`,
          half_term_starts_on: `${year + 1}-02-15`,
          half_term_ends_on: `${year + 1}-02-19`,
          ends_on: `${year + 1}-03-26`,
        };
      }
      case 'mentor_training_logs':
        return {
          id: newId(),
          school_id: ids.oakfield,
          mentor_id: ids.danielMentor,
          completed_on: PAST_SESSION_DATE,
          hours: 1.5,
          activity: `API training ${n}`,
        };
      case 'concern_notes':
        return {
          id: newId(),
          school_id: ids.oakfield,
          concern_id: oakfieldConcern,
          body: `Note ${n}`,
        };
      case 'induction_reviews':
        return {
          id: newId(),
          school_id: ids.oakfield,
          ect_induction_id: await fixtures.induction(),
          induction_term: 1,
          completed_on: PAST_SESSION_DATE,
        };
      case 'audit_log':
        return {
          school_id: ids.oakfield,
          table_name: 'staff',
          row_id: newId(),
          operation: 'INSERT',
        };
    }
  }

  async function written(table: Table, payload: Record<string, unknown>): Promise<boolean> {
    if (table === 'audit_log') {
      const rows = await stack.sql('select 1 from public.audit_log where row_id = $1', [
        payload.row_id,
      ]);
      return rows.length > 0;
    }
    return fixtures.exists(table, payload.id as string);
  }

  /** Picks an existing Oakfield row and one of its own values, for an update that changes no data. */
  async function updateTarget(
    table: Table,
  ): Promise<{ id: string; values: Record<string, unknown> }> {
    const { ids } = people;
    const pick = async (sql: string, params: unknown[]) => {
      const [row] = await stack.sql<{ id: string; value: unknown }>(sql, params);
      return row!;
    };
    const column: Record<Exclude<Table, 'appropriate_bodies'>, [string, string, unknown[]]> = {
      schools: [
        'local_authority',
        'select id, local_authority as value from public.schools where id = $1',
        [ids.oakfield],
      ],
      staff: [
        'full_name',
        'select s.id, s.full_name as value from public.staff s ' +
          'join public.ect_inductions e on e.ect_staff_id = s.id where e.id = $1',
        [ids.amaraInduction],
      ],
      school_roles: [
        'role',
        'select r.id, r.role as value from public.school_roles r ' +
          "join public.ect_inductions e on e.ect_staff_id = r.staff_id where e.id = $1 and r.role = 'ect'",
        [ids.amaraInduction],
      ],
      ect_inductions: [
        'programme',
        'select id, programme as value from public.ect_inductions where id = $1',
        [ids.amaraInduction],
      ],
      mentors: [
        'dfe_registered_on',
        'select id, dfe_registered_on::text as value from public.mentors where id = $1',
        [ids.danielMentor],
      ],
      pairings: [
        'end_reason',
        'select id, end_reason as value from public.pairings where id = $1',
        [ids.amaraPairing],
      ],
      timetable_slots: [
        'minutes',
        'select id, minutes as value from public.timetable_slots where pairing_id = $1 order by id limit 1',
        [ids.amaraPairing],
      ],
      mentor_sessions: [
        'notes',
        'select id, notes as value from public.mentor_sessions where pairing_id = $1 order by id limit 1',
        [ids.amaraPairing],
      ],
      concerns: [
        'summary',
        'select id, summary as value from public.concerns where raised_by_staff_id = $1 order by id limit 1',
        [ids.oakfieldStaff.mentor],
      ],
      term_dates: [
        'ends_on',
        'select id, ends_on::text as value from public.term_dates where school_id = $1 order by id limit 1',
        [ids.oakfield],
      ],
      mentor_training_logs: [
        'notes',
        'select id, notes as value from public.mentor_training_logs where mentor_id = $1 order by id limit 1',
        [ids.danielMentor],
      ],
      concern_notes: [
        'body',
        'select id, body as value from public.concern_notes where author_staff_id = $1 order by id limit 1',
        [ids.oakfieldStaff.tutor],
      ],
      induction_reviews: [
        'notes',
        'select id, notes as value from public.induction_reviews where ect_induction_id = $1 order by id limit 1',
        [ids.amaraInduction],
      ],
      audit_log: [
        'operation',
        'select id::text, operation as value from public.audit_log where school_id = $1 order by id limit 1',
        [ids.oakfield],
      ],
    };
    if (table === 'appropriate_bodies') {
      // Reference data has no version column, so the update writes a value that shows.
      const id = await fixtures.appropriateBody();
      return { id, values: { hub_region: `region ${fixtures.unique()}` } };
    }
    const [name, sql, params] = column[table];
    const row = await pick(sql, params);
    return { id: row.id, values: { [name]: row.value } };
  }

  /** Creates a row for one delete attempt, so that deleting it disturbs no other test. */
  async function deleteTarget(table: Table): Promise<string> {
    switch (table) {
      case 'appropriate_bodies':
        return fixtures.appropriateBody();
      case 'schools':
        return fixtures.school();
      case 'staff':
        return fixtures.staff();
      case 'school_roles':
        return fixtures.schoolRole();
      case 'ect_inductions':
        return fixtures.induction();
      case 'mentors':
        return fixtures.mentor();
      case 'pairings':
        return fixtures.pairing();
      case 'timetable_slots':
        return fixtures.slot();
      case 'mentor_sessions':
        return fixtures.session();
      case 'concerns':
        return fixtures.concern(people.ids.oakfieldStaff.mentor!);
      case 'term_dates':
        return fixtures.termDates();
      case 'mentor_training_logs':
        return fixtures.trainingLog();
      case 'concern_notes':
        return fixtures.concernNote(oakfieldConcern, people.ids.oakfieldStaff.tutor!);
      case 'induction_reviews':
        return fixtures.review(await fixtures.induction());
      case 'audit_log': {
        const [row] = await stack.sql<{ id: string }>(
          'select id::text from public.audit_log where school_id = $1 order by id limit 1',
          [people.ids.oakfield],
        );
        return row!.id;
      }
    }
  }

  async function auditCount(id: string): Promise<number> {
    const [row] = await stack.sql<{ count: number }>(
      'select count(*)::int as count from public.audit_log where id = $1',
      [id],
    );
    return row!.count;
  }

  /** What an update changes: the version, or for unversioned tables the column it writes. */
  async function rowState(table: Table, id: string): Promise<unknown> {
    if (table === 'appropriate_bodies') {
      const [row] = await stack.sql<{ hub_region: string | null }>(
        'select hub_region from public.appropriate_bodies where id = $1',
        [id],
      );
      return { hub_region: row!.hub_region };
    }
    if (table === 'audit_log') {
      const [row] = await stack.sql('select * from public.audit_log where id = $1', [id]);
      return row;
    }
    return { version: await fixtures.version(table, id) };
  }

  function updatedState(table: Table, before: unknown, values: Record<string, unknown>): unknown {
    if (table === 'appropriate_bodies') return values;
    return { version: (before as { version: number }).version + 1 };
  }

  describe('insert, update, delete', () => {
    it.each(writeCases.map((c) => [c.name, c] as const))(
      '%s',
      async (_name, { table, operation, persona, code }) => {
        const client = people.clients[persona];

        if (operation === 'insert') {
          const payload = await insertPayload(table, persona);
          const result = await client.from(table).insert(payload);
          if (code === 'ok') {
            expect(result.error).toBeNull();
            expect(result.status).toBe(201);
            expect(await written(table, payload)).toBe(true);
          } else {
            expectDenied(result, code as '401' | '403' | 'rls');
            expect(await written(table, payload)).toBe(false);
          }
          return;
        }

        if (operation === 'update') {
          const target = await updateTarget(table);
          const before = await rowState(table, target.id);
          const result = await client
            .from(table)
            .update(target.values)
            .eq('id', target.id)
            .select('id');
          const after = await rowState(table, target.id);
          if (code === 'ok') {
            expect(result.error).toBeNull();
            expect((result.data as unknown[]).length).toBe(1);
            expect(after).toEqual(updatedState(table, before, target.values));
          } else if (code === '0') {
            expect(result.error).toBeNull();
            expect(result.data).toEqual([]);
            expect(after).toEqual(before);
          } else {
            expectDenied(result, code as '401' | '403');
            expect(after).toEqual(before);
          }
          return;
        }

        const id = await deleteTarget(table);
        const result = await client.from(table).delete().eq('id', id).select('id');
        const remaining =
          table === 'audit_log' ? await auditCount(id) : Number(await fixtures.exists(table, id));
        if (code === 'ok') {
          expect(result.error).toBeNull();
          expect((result.data as unknown[]).length).toBe(1);
          expect(remaining).toBe(0);
        } else if (code === '0') {
          expect(result.error).toBeNull();
          expect(result.data).toEqual([]);
          expect(remaining).toBe(1);
        } else {
          expectDenied(result, code as '401' | '403');
          expect(remaining).toBe(1);
        }
      },
    );
  });

  describe('call', () => {
    it.each(callCases.map((c) => [c.name, c] as const))(
      '%s',
      async (_name, { fn, persona, outcome }) => {
        const client = people.clients[persona];
        if (outcome === 'denied 401') {
          const result = await client.rpc(fn, ANON_ARGUMENTS[fn]);
          expect(result.status).toBe(401);
          expect(result.error?.code).toBe('42501');
          expect(result.error?.message).toMatch(/permission denied for function/);
          return;
        }
        await CALL_CHECKS[fn]({
          stack,
          people,
          fixtures,
          client,
          persona,
          userId: people.ids.users[persona] ?? null,
          outcome,
        });
      },
    );
  });

  describe('rows cannot cross schools', () => {
    async function schoolOf(table: Table, id: string): Promise<string> {
      const [row] = await stack.sql<{ school_id: string }>(
        `select school_id from public.${table} where id = $1`,
        [id],
      );
      return row!.school_id;
    }

    async function columnOf(table: Table, id: string, column: string): Promise<unknown> {
      const [row] = await stack.sql<Record<string, unknown>>(
        `select ${column}::text as value from public.${table} where id = $1`,
        [id],
      );
      return row!.value;
    }

    /** Inserts a session on one of Marcus Bell's Oakfield pairings (the two-school persona). */
    async function marcusSession(): Promise<string> {
      const [row] = await stack.sql<{ id: string }>(
        `insert into public.mentor_sessions (school_id, pairing_id, held_on, minutes)
         select p.school_id, p.id, $2, 30 from public.pairings p
         where p.mentor_id = $1 and p.ended_on is null order by p.id limit 1
         returning id`,
        [people.ids.marcusMentor, PAST_SESSION_DATE],
      );
      return row!.id;
    }

    function expectForeignKeyViolation(result: ApiResult, constraint: string): void {
      expect(result.status).toBe(409);
      expect(result.error?.code).toBe('23503');
      expect(result.error?.message).toContain(constraint);
    }

    it('tutor moving a session to another school: refused by policy 403', async () => {
      const id = await fixtures.session();
      const result = await people.clients.tutor
        .from('mentor_sessions')
        .update({ school_id: people.ids.brookside })
        .eq('id', id);

      expectDenied(result, 'rls');
      expect(await schoolOf('mentor_sessions', id)).toBe(people.ids.oakfield);
    });

    it('tutor moving a staff row to another school: refused by policy 403', async () => {
      const id = await fixtures.staff();
      const result = await people.clients.tutor
        .from('staff')
        .update({ school_id: people.ids.brookside })
        .eq('id', id);

      expectDenied(result, 'rls');
      expect(await schoolOf('staff', id)).toBe(people.ids.oakfield);
    });

    it('tutor adding staff at another school: refused by policy 403', async () => {
      const payload = {
        id: newId(),
        school_id: people.ids.brookside,
        full_name: 'Planted Person',
        email: `planted.${fixtures.unique()}@example.test`,
      };
      const result = await people.clients.tutor.from('staff').insert(payload);

      expectDenied(result, 'rls');
      expect(await fixtures.exists('staff', payload.id)).toBe(false);
    });

    it("tutor pointing a pairing at another school's mentor: 409 foreign key", async () => {
      const id = await fixtures.pairing();
      const result = await people.clients.tutor
        .from('pairings')
        .update({ mentor_id: people.ids.brooksideMentor })
        .eq('id', id);

      expectForeignKeyViolation(result, 'pairings_school_id_mentor_id_fkey');
      expect(await columnOf('pairings', id, 'mentor_id')).toBe(people.ids.danielMentor);
    });

    it("tutor pointing a pairing at another school's ECT: 409 foreign key", async () => {
      const id = await fixtures.pairing();
      const before = await columnOf('pairings', id, 'ect_induction_id');
      // A new Brookside ECT has no pairing, so no overlap can fire before the foreign key.
      const brooksideInduction = await fixtures.induction(people.ids.brookside);
      const result = await people.clients.tutor
        .from('pairings')
        .update({ ect_induction_id: brooksideInduction })
        .eq('id', id);

      expectForeignKeyViolation(result, 'pairings_school_id_ect_induction_id_fkey');
      expect(await columnOf('pairings', id, 'ect_induction_id')).toBe(before);
    });

    it("tutor logging a session on another school's pairing: 409 foreign key", async () => {
      const payload = {
        id: newId(),
        school_id: people.ids.oakfield,
        pairing_id: people.ids.brooksidePairing,
        held_on: PAST_SESSION_DATE,
        minutes: 30,
      };
      const result = await people.clients.tutor.from('mentor_sessions').insert(payload);

      expectForeignKeyViolation(result, 'mentor_sessions_school_id_pairing_id_fkey');
      expect(await fixtures.exists('mentor_sessions', payload.id)).toBe(false);
    });

    // Marcus is a mentor at Oakfield and induction tutor at Brookside, so the Brookside tutor
    // policy lets the new row through, and only the composite foreign key stops it.
    it('two-school user moving a session between schools: 409 foreign key', async () => {
      const id = await marcusSession();
      const result = await people.clients.twoSchools
        .from('mentor_sessions')
        .update({ school_id: people.ids.brookside })
        .eq('id', id);

      expectForeignKeyViolation(result, 'mentor_sessions_school_id_pairing_id_fkey');
      expect(await schoolOf('mentor_sessions', id)).toBe(people.ids.oakfield);
    });

    it('two-school user pointing a Brookside pairing at Oakfield: 409 foreign key', async () => {
      const result = await people.clients.twoSchools
        .from('pairings')
        .update({ mentor_id: people.ids.marcusMentor })
        .eq('id', people.ids.brooksidePairing);

      expectForeignKeyViolation(result, 'pairings_school_id_mentor_id_fkey');
      expect(await columnOf('pairings', people.ids.brooksidePairing, 'mentor_id')).not.toBe(
        people.ids.marcusMentor,
      );
    });

    it('two-school user moving Brookside staff to Oakfield: refused by policy 403', async () => {
      const id = await fixtures.staff(people.ids.brookside);
      const result = await people.clients.twoSchools
        .from('staff')
        .update({ school_id: people.ids.oakfield })
        .eq('id', id);

      expectDenied(result, 'rls');
      expect(await schoolOf('staff', id)).toBe(people.ids.brookside);
    });

    it("mentor moving a session to someone else's pairing: refused by policy 403", async () => {
      const id = await fixtures.session();
      const [otherPairing] = await stack.sql<{ id: string }>(
        `select p.id from public.pairings p join public.mentors m on m.id = p.mentor_id
         join public.staff s on s.id = m.staff_id where s.user_id = $1 order by p.id limit 1`,
        [people.ids.users.otherMentor],
      );
      const result = await people.clients.mentor
        .from('mentor_sessions')
        .update({ pairing_id: otherPairing!.id })
        .eq('id', id);

      expectDenied(result, 'rls');
      expect(await columnOf('mentor_sessions', id, 'pairing_id')).toBe(people.ids.amaraPairing);
    });

    it('mentor raising a concern as someone else: refused by policy 403', async () => {
      const payload = {
        id: newId(),
        school_id: people.ids.oakfield,
        subject: 'ect_progress',
        ect_induction_id: people.ids.amaraInduction,
        summary: 'Raised in the name of another mentor',
        raised_by_staff_id: people.ids.oakfieldStaff.otherMentor,
      };
      const result = await people.clients.mentor.from('concerns').insert(payload);

      expectDenied(result, 'rls');
      expect(await fixtures.exists('concerns', payload.id)).toBe(false);
    });

    it('session created_by: the signed-in user, whatever the body says', async () => {
      const payload = {
        id: newId(),
        school_id: people.ids.oakfield,
        pairing_id: people.ids.amaraPairing,
        held_on: PAST_SESSION_DATE,
        minutes: 30,
        created_by: people.ids.users.tutor,
      };
      const result = await people.clients.mentor.from('mentor_sessions').insert(payload);

      expect(result.error).toBeNull();
      expect(await columnOf('mentor_sessions', payload.id, 'created_by')).toBe(
        people.ids.users.mentor,
      );
    });
  });

  describe('authorship', () => {
    it("tutor editing a colleague's concern note: no rows", async () => {
      const { ids } = people;
      const [niamh] = await stack.sql<{ id: string }>(
        'select id from public.staff where user_id = $1 and school_id = $2',
        [ids.users.otherTutor, ids.brookside],
      );
      const [concern] = await stack.sql<{ id: string }>(
        'select id from public.concerns where school_id = $1 order by id limit 1',
        [ids.brookside],
      );
      const note = await fixtures.concernNote(concern!.id, niamh!.id);

      // Marcus is an induction tutor at Brookside too, but the note is Niamh's.
      const result = await people.clients.twoSchools
        .from('concern_notes')
        .update({ body: 'Rewritten by a colleague' })
        .eq('id', note)
        .select('id');

      expect(result.error).toBeNull();
      expect(result.data).toEqual([]);
      expect(await fixtures.version('concern_notes', note)).toBe(1);
    });

    it('concern note author: the signed-in user, whatever the body says', async () => {
      const id = newId();
      const result = await people.clients.tutor.from('concern_notes').insert({
        id,
        school_id: people.ids.oakfield,
        concern_id: oakfieldConcern,
        author_staff_id: people.ids.oakfieldStaff.mentor,
        body: 'Signed as someone else',
      });

      expect(result.error).toBeNull();
      const [row] = await stack.sql<{ author_staff_id: string }>(
        'select author_staff_id from public.concern_notes where id = $1',
        [id],
      );
      expect(row!.author_staff_id).toBe(people.ids.oakfieldStaff.tutor);
    });
  });

  describe('user_metadata grants nothing', () => {
    function claimsOf(token: string): Record<string, unknown> {
      return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    }

    async function visibleIds(client: SupabaseClient): Promise<Record<string, string[]>> {
      const seen: Record<string, string[]> = {};
      for (const table of TABLES) {
        const result = await readAllIds(client, table);
        expect(result.error).toBeNull();
        seen[table] = sorted(result.ids);
      }
      return seen;
    }

    it('ECT claiming induction tutor in metadata: same rows, no writes', async () => {
      const client = await people.signIn('ect');
      const before = await visibleIds(client);
      const rolesBefore = await client.rpc('current_user_roles');

      const update = await client.auth.updateUser({
        data: {
          role: 'induction_tutor',
          school_id: people.ids.oakfield,
          school_roles: [{ school_id: people.ids.oakfield, role: 'induction_tutor' }],
        },
      });
      expect(update.error).toBeNull();
      const refreshed = await client.auth.refreshSession();
      expect(refreshed.error).toBeNull();
      const claims = claimsOf(refreshed.data.session!.access_token);
      // The new token carries the edited metadata, so the rows below were read with it.
      expect(claims.user_metadata).toMatchObject({ role: 'induction_tutor' });
      expect(claims.role).toBe('authenticated');

      expect(await visibleIds(client)).toEqual(before);
      expect((await client.rpc('current_user_roles')).data).toEqual(rolesBefore.data);
      const insert = await client.from('staff').insert({
        school_id: people.ids.oakfield,
        full_name: 'Self-promoted',
        email: `self.promoted.${fixtures.unique()}@example.test`,
      });
      expectDenied(insert, 'rls');
      const change = await client
        .from('ect_inductions')
        .update({ fte: 0.5 })
        .eq('id', people.ids.amaraInduction)
        .select('id');
      expect(change.data).toEqual([]);
    });

    it('user editing their app_metadata: 403 not_admin', async () => {
      const client = await people.signIn('ect');
      const { data } = await client.auth.getSession();
      const response = await fetch(`${stack.url}/auth/v1/user`, {
        method: 'PUT',
        headers: {
          apikey: stack.anonKey,
          Authorization: `Bearer ${data.session!.access_token}`,
          'Content-Type': 'application/json',
          'X-Supabase-Api-Version': '2024-01-01',
        },
        body: JSON.stringify({ app_metadata: { role: 'service_role' } }),
      });

      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('not_admin');
      const [row] = await stack.sql<{ app: Record<string, unknown> }>(
        'select raw_app_meta_data as app from auth.users where id = $1',
        [people.ids.users.ect],
      );
      expect(row!.app).not.toHaveProperty('role');
    });

    it('sign-up claiming service_role in metadata: sees nothing', async () => {
      const client = createTestClient(stack);
      const signUp = await client.auth.signUp({
        email: `claimant.${fixtures.unique()}@example.test`,
        password: 'a-long-enough-password',
        options: { data: { role: 'service_role', school_id: people.ids.oakfield } },
      });
      expect(signUp.error).toBeNull();
      expect(claimsOf(signUp.data.session!.access_token).role).toBe('authenticated');

      const seen = await visibleIds(client);
      for (const table of TABLES) {
        const expected = table === 'appropriate_bodies' ? seen[table]!.length : 0;
        expect(seen[table], table).toHaveLength(expected);
      }
      expect(seen.appropriate_bodies!.length).toBeGreaterThan(0);
    });
  });
});
