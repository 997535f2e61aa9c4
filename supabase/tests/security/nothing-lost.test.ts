// Nothing lost: a retried session log makes one row, a stale edit changes nothing instead of
// overwriting a newer one, and every change lands in an audit log that only the school's
// leaders can read and that rejects updates and deletes, even from the owner.

import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import { Fixtures, newId, PAST_SESSION_DATE } from './fixtures.ts';
import { setUpPeople, type People } from './people.ts';

const VERSIONED_TABLES = [
  'schools',
  'staff',
  'school_roles',
  'ect_inductions',
  'mentors',
  'pairings',
  'timetable_slots',
  'mentor_sessions',
  'concerns',
  'term_dates',
  'mentor_training_logs',
  'concern_notes',
  'induction_reviews',
] as const;

interface AuditRow {
  school_id: string;
  actor_user_id: string | null;
  actor_staff_id: string | null;
  actor_role: string | null;
  table_name: string;
  row_id: string;
  operation: string;
  old_values: Record<string, unknown> | null;
  new_values: Record<string, unknown> | null;
}

describe.each(testBackends())('nothing lost (%s)', (backend) => {
  let stack: TestStack;
  let people: People;
  let fixtures: Fixtures;

  beforeAll(async () => {
    stack = await startTestStack({ backend, seed: true });
    people = await setUpPeople(stack);
    fixtures = new Fixtures(stack, people.ids);
    // A row of each table that the seed may leave empty at Oakfield.
    await fixtures.trainingLog();
    await fixtures.review(people.ids.amaraInduction);
    const concern = await fixtures.concern(people.ids.oakfieldStaff.mentor!);
    await fixtures.concernNote(concern, people.ids.oakfieldStaff.tutor!);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function sessionsWithRequestId(requestId: string): Promise<{ minutes: number }[]> {
    return stack.sql('select minutes from public.mentor_sessions where client_request_id = $1', [
      requestId,
    ]);
  }

  async function versionOf(table: string, id: string): Promise<number> {
    const version = await fixtures.version(table, id);
    if (version === null) throw new Error(`no ${table} row with id ${id}`);
    return version;
  }

  async function auditRows(rowId: string): Promise<AuditRow[]> {
    return stack.sql<AuditRow>(
      `select school_id, actor_user_id, actor_staff_id, actor_role, table_name, row_id::text,
              operation, old_values, new_values
       from public.audit_log where row_id = $1 order by id`,
      [rowId],
    );
  }

  describe('idempotent session logging', () => {
    function sessionLog(requestId: string, minutes = 40) {
      return {
        school_id: people.ids.oakfield,
        pairing_id: people.ids.amaraPairing,
        held_on: PAST_SESSION_DATE,
        minutes,
        client_request_id: requestId,
      };
    }

    function upsertSession(client: SupabaseClient, row: Record<string, unknown>) {
      return client
        .from('mentor_sessions')
        .upsert(row, { onConflict: 'client_request_id', ignoreDuplicates: true });
    }

    it('retried upsert, same client_request_id: one row', async () => {
      const requestId = randomUUID();

      const first = await upsertSession(people.clients.mentor, sessionLog(requestId));
      const retry = await upsertSession(people.clients.mentor, sessionLog(requestId));

      expect(first.error).toBeNull();
      expect(retry.error).toBeNull();
      expect(await sessionsWithRequestId(requestId)).toHaveLength(1);
    });

    it('five concurrent retries: one row', async () => {
      const requestId = randomUUID();

      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          upsertSession(people.clients.mentor, sessionLog(requestId)),
        ),
      );

      for (const result of results) expect(result.error).toBeNull();
      expect(await sessionsWithRequestId(requestId)).toHaveLength(1);
    });

    it('retry with other minutes: the first write stays', async () => {
      const requestId = randomUUID();

      await upsertSession(people.clients.mentor, sessionLog(requestId, 40));
      await upsertSession(people.clients.mentor, sessionLog(requestId, 55));

      expect(await sessionsWithRequestId(requestId)).toEqual([{ minutes: 40 }]);
    });

    it('plain insert retried: 409 23505, one row', async () => {
      const requestId = randomUUID();

      const first = await people.clients.mentor
        .from('mentor_sessions')
        .insert(sessionLog(requestId));
      const retry = await people.clients.mentor
        .from('mentor_sessions')
        .insert(sessionLog(requestId));

      expect(first.error).toBeNull();
      expect(retry.status).toBe(409);
      expect(retry.error?.code).toBe('23505');
      expect(retry.error?.message).toContain('mentor_sessions_client_request_id_key');
      expect(await sessionsWithRequestId(requestId)).toHaveLength(1);
    });
  });

  describe('optimistic concurrency', () => {
    it('stale update: 0 rows, newer edit kept', async () => {
      const id = await fixtures.session();
      const seen = await versionOf('mentor_sessions', id);

      const mentorEdit = await people.clients.mentor
        .from('mentor_sessions')
        .update({ notes: 'Edited by the mentor' })
        .eq('id', id)
        .eq('version', seen)
        .select('version');
      const staleEdit = await people.clients.tutor
        .from('mentor_sessions')
        .update({ notes: 'Edited by the tutor from a stale copy' })
        .eq('id', id)
        .eq('version', seen)
        .select('version');

      expect(mentorEdit.error).toBeNull();
      expect(mentorEdit.data).toEqual([{ version: seen + 1 }]);
      expect(staleEdit.error).toBeNull();
      expect(staleEdit.data).toEqual([]);
      const [row] = await stack.sql<{ notes: string }>(
        'select notes from public.mentor_sessions where id = $1',
        [id],
      );
      expect(row!.notes).toBe('Edited by the mentor');
    });

    it('stale update as a single object: 406 PGRST116', async () => {
      const id = await fixtures.session();
      const seen = await versionOf('mentor_sessions', id);
      await stack.sql('update public.mentor_sessions set notes = $2 where id = $1', [id, 'newer']);

      const result = await people.clients.tutor
        .from('mentor_sessions')
        .update({ notes: 'stale' })
        .eq('id', id)
        .eq('version', seen)
        .select('id')
        .single();

      expect(result.status).toBe(406);
      expect(result.error?.code).toBe('PGRST116');
      expect(await versionOf('mentor_sessions', id)).toBe(seen + 1);
    });

    it('two concurrent edits of one version: exactly one wins', async () => {
      const id = await fixtures.session();
      const seen = await versionOf('mentor_sessions', id);
      const edit = (client: SupabaseClient, notes: string) =>
        client
          .from('mentor_sessions')
          .update({ notes })
          .eq('id', id)
          .eq('version', seen)
          .select('notes');

      const [fromMentor, fromTutor] = await Promise.all([
        edit(people.clients.mentor, 'mentor'),
        edit(people.clients.tutor, 'tutor'),
      ]);

      expect(fromMentor.error).toBeNull();
      expect(fromTutor.error).toBeNull();
      const winners = [...fromMentor.data!, ...fromTutor.data!];
      expect(winners).toHaveLength(1);
      const [row] = await stack.sql<{ notes: string; version: number }>(
        'select notes, version from public.mentor_sessions where id = $1',
        [id],
      );
      expect(row).toEqual({ notes: winners[0]!.notes, version: seen + 1 });
    });

    it('version in the body: ignored on update', async () => {
      const id = await fixtures.session();
      const seen = await versionOf('mentor_sessions', id);

      const result = await people.clients.tutor
        .from('mentor_sessions')
        .update({ version: seen + 100, notes: 'skipping ahead' })
        .eq('id', id);

      expect(result.error).toBeNull();
      expect(await versionOf('mentor_sessions', id)).toBe(seen + 1);
    });

    it('version in the body: ignored on insert', async () => {
      const id = newId();

      const result = await people.clients.tutor.from('mentor_sessions').insert({
        id,
        school_id: people.ids.oakfield,
        pairing_id: people.ids.amaraPairing,
        held_on: PAST_SESSION_DATE,
        minutes: 30,
        version: 50,
      });

      expect(result.error).toBeNull();
      expect(await versionOf('mentor_sessions', id)).toBe(1);
    });

    // A column per table that every writer may update, rewritten with its own value.
    const HARMLESS_COLUMN: Record<(typeof VERSIONED_TABLES)[number], string> = {
      schools: 'name',
      staff: 'full_name',
      school_roles: 'role',
      ect_inductions: 'programme',
      mentors: 'dfe_registered_on',
      pairings: 'end_reason',
      timetable_slots: 'minutes',
      mentor_sessions: 'notes',
      concerns: 'summary',
      term_dates: 'ends_on',
      mentor_training_logs: 'activity',
      concern_notes: 'body',
      induction_reviews: 'notes',
    };

    it.each(VERSIONED_TABLES)('%s: stale version updates 0 rows', async (table) => {
      const column = HARMLESS_COLUMN[table];
      // The tutor may only rewrite concern notes they wrote themselves.
      const [row] = await stack.sql<{ id: string; value: unknown }>(
        `select id, ${column}::text as value from public.${table}
         where ${table === 'schools' ? 'id' : 'school_id'} = $1
           and (${table === 'concern_notes' ? 'author_staff_id = $2' : '$2::uuid is not null'})
         order by id limit 1`,
        [people.ids.oakfield, people.ids.oakfieldStaff.tutor],
      );
      const id = row!.id;
      const values = { [column]: row!.value };
      const seen = await versionOf(table, id);
      // Another writer saves first.
      await stack.sql(`update public.${table} set id = id where id = $1`, [id]);

      const stale = await people.clients.tutor
        .from(table)
        .update(values)
        .eq('id', id)
        .eq('version', seen)
        .select('id');
      const current = await people.clients.tutor
        .from(table)
        .update(values)
        .eq('id', id)
        .eq('version', seen + 1)
        .select('id');

      expect(stale.error).toBeNull();
      expect(stale.data).toEqual([]);
      expect(current.error).toBeNull();
      expect(current.data).toEqual([{ id }]);
      expect(await versionOf(table, id)).toBe(seen + 2);
    });
  });

  describe('audit log', () => {
    it('session insert, update, delete: three entries', async () => {
      const id = newId();
      const tutor = people.clients.tutor;
      await tutor.from('mentor_sessions').insert({
        id,
        school_id: people.ids.oakfield,
        pairing_id: people.ids.amaraPairing,
        held_on: PAST_SESSION_DATE,
        minutes: 30,
        notes: 'first',
      });
      await tutor.from('mentor_sessions').update({ notes: 'second' }).eq('id', id);
      await tutor.from('mentor_sessions').delete().eq('id', id);

      const rows = await auditRows(id);
      expect(rows.map((row) => row.operation)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
      for (const row of rows) {
        expect(row).toMatchObject({
          school_id: people.ids.oakfield,
          actor_user_id: people.ids.users.tutor,
          actor_staff_id: people.ids.oakfieldStaff.tutor,
          actor_role: 'authenticated',
          table_name: 'mentor_sessions',
          row_id: id,
        });
      }
      expect(rows[0]!.old_values).toBeNull();
      expect(rows[0]!.new_values).toMatchObject({ notes: 'first', version: 1 });
      expect(rows[1]!.old_values).toMatchObject({ notes: 'first', version: 1 });
      expect(rows[1]!.new_values).toMatchObject({ notes: 'second', version: 2 });
      expect(rows[2]!.old_values).toMatchObject({ notes: 'second', version: 2 });
      expect(rows[2]!.new_values).toBeNull();
    });

    it('entries readable by tutor and headteacher only', async () => {
      const id = newId();
      await people.clients.mentor.from('mentor_sessions').insert({
        id,
        school_id: people.ids.oakfield,
        pairing_id: people.ids.amaraPairing,
        held_on: PAST_SESSION_DATE,
        minutes: 30,
      });
      const [entry] = await auditRows(id);
      expect(entry).toMatchObject({
        actor_user_id: people.ids.users.mentor,
        actor_staff_id: people.ids.oakfieldStaff.mentor,
      });

      const readers = { tutor: 1, head: 1, mentor: 0, ect: 0, otherTutor: 0, twoSchools: 0 };
      for (const [persona, expected] of Object.entries(readers)) {
        const { data, error } = await people.clients[persona as keyof typeof readers]
          .from('audit_log')
          .select('operation')
          .eq('row_id', id);
        expect(error, persona).toBeNull();
        expect(data, persona).toHaveLength(expected);
      }
    });

    it('two-school user: entry names their staff row at that school', async () => {
      const id = await fixtures.staff(people.ids.brookside);
      const [brooksideStaff] = await stack.sql<{ id: string }>(
        'select id from public.staff where user_id = $1 and school_id = $2',
        [people.ids.users.twoSchools, people.ids.brookside],
      );

      const result = await people.clients.twoSchools
        .from('staff')
        .update({ full_name: 'Renamed at Brookside' })
        .eq('id', id);

      expect(result.error).toBeNull();
      const rows = await auditRows(id);
      expect(rows.at(-1)).toMatchObject({
        operation: 'UPDATE',
        school_id: people.ids.brookside,
        actor_user_id: people.ids.users.twoSchools,
        actor_staff_id: brooksideStaff!.id,
      });
    });

    it('service role change: role recorded, no user', async () => {
      const id = newId();
      const result = await people.clients.service.from('staff').insert({
        id,
        school_id: people.ids.oakfield,
        full_name: 'Imported Person',
        email: `imported.${fixtures.unique()}@example.test`,
      });

      expect(result.error).toBeNull();
      expect(await auditRows(id)).toEqual([
        expect.objectContaining({
          operation: 'INSERT',
          actor_user_id: null,
          actor_staff_id: null,
          actor_role: 'service_role',
        }),
      ]);
    });

    it('cascaded delete: an entry per row', async () => {
      const roleId = await fixtures.schoolRole();
      const [role] = await stack.sql<{ staff_id: string }>(
        'select staff_id from public.school_roles where id = $1',
        [roleId],
      );

      const result = await people.clients.tutor.from('staff').delete().eq('id', role!.staff_id);

      expect(result.error).toBeNull();
      expect((await auditRows(role!.staff_id)).at(-1)?.operation).toBe('DELETE');
      expect((await auditRows(roleId)).at(-1)?.operation).toBe('DELETE');
    });

    it.each([
      ['update', 'update public.audit_log set operation = $1 where school_id = $2'],
      ['delete', 'delete from public.audit_log where operation <> $1 and school_id = $2'],
    ])('owner %s: rejected as append-only', async (_name, sql) => {
      await expect(stack.sql(sql, ['DELETE', people.ids.oakfield])).rejects.toThrow(
        'audit_log is append-only',
      );
    });

    it('owner truncate: rejected as append-only', async () => {
      await expect(stack.sql('truncate public.audit_log')).rejects.toThrow(
        'audit_log is append-only',
      );
    });

    it('every school-scoped table: versioned and audited', async () => {
      const rows = await stack.sql<{ table_name: string; versioned: boolean; audited: boolean }>(
        `select c.relname as table_name,
                exists (select from pg_attribute a where a.attrelid = c.oid
                        and a.attname = 'version' and not a.attisdropped) as versioned,
                exists (select from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                        where t.tgrelid = c.oid and p.proname = 'write_audit_log') as audited
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r'
           and (c.relname = 'schools' or exists (
             select from pg_attribute a where a.attrelid = c.oid and a.attname = 'school_id'
               and not a.attisdropped))
           and c.relname <> 'audit_log'
         order by 1`,
      );

      expect(rows.map((row) => row.table_name)).toEqual([...VERSIONED_TABLES].sort());
      for (const row of rows) {
        expect(row, row.table_name).toMatchObject({ versioned: true, audited: true });
      }
    });
  });
});
