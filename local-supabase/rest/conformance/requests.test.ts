// Roles, row-level security, preferences, the OpenAPI root and schema cache
// reloads through /rest/v1. The 401/403 split for 42501 and the
// WWW-Authenticate header follow PostgREST v12.2.12's src/PostgREST/Error.hs;
// PGRST117 and PGRST122 texts come from the same file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { reloadSchemaCache } from '../index.ts';
import { startTestStack, testBackends, type TestStack } from '../../testing/stack.ts';
import { client, FIXTURE_SQL, OTHER_USER_ID, rest, USER_ID, userToken } from './fixture.ts';

describe.each(testBackends())('REST requests (%s)', (backend) => {
  let stack: TestStack;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false, fixtureSql: FIXTURE_SQL });
    token = await userToken(stack, USER_ID);
    otherToken = await userToken(stack, OTHER_USER_ID);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('row-level security', () => {
    it('lets owners write and read only their rows', async () => {
      const created = await rest(stack, '/notes?select=owner_id,body', {
        method: 'POST',
        token,
        headers: { Prefer: 'return=representation' },
        body: '{"body":"mine"}',
      });
      const mine = await rest(stack, '/notes?select=body', { token });
      const theirs = await rest(stack, '/notes?select=body', { token: otherToken });
      const anonymous = await rest(stack, '/notes?select=body');

      expect(created.status).toBe(201);
      expect(created.json).toEqual([{ owner_id: USER_ID, body: 'mine' }]);
      expect(mine.json).toEqual([{ body: 'mine' }]);
      expect(theirs.json).toEqual([]);
      expect(anonymous.json).toEqual([]);
    });

    it('answers an anonymous policy violation with 401', async () => {
      const response = await rest(stack, '/notes', { method: 'POST', body: '{"body":"anon"}' });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.json).toEqual({
        code: '42501',
        details: null,
        hint: null,
        message: 'new row violates row-level security policy for table "notes"',
      });
    });

    it('answers a signed-in policy violation with 403', async () => {
      const response = await rest(stack, '/notes', {
        method: 'POST',
        token,
        body: JSON.stringify({ body: 'forged', owner_id: OTHER_USER_ID }),
      });

      expect(response.status).toBe(403);
      expect(response.headers.get('www-authenticate')).toBeNull();
      expect(response.json).toEqual({
        code: '42501',
        details: null,
        hint: null,
        message: 'new row violates row-level security policy for table "notes"',
      });
    });

    it("changes no rows of another owner's notes", async () => {
      await stack.sql(`insert into public.notes (owner_id, body) values ($1, 'guarded')`, [
        USER_ID,
      ]);
      const response = await rest(stack, '/notes?body=eq.guarded', {
        method: 'PATCH',
        token: otherToken,
        body: '{"body":"taken"}',
      });
      const rows = await stack.sql(
        `select body from public.notes where body in ('guarded', 'taken')`,
      );

      expect(response.status).toBe(204);
      expect(response.headers.get('content-range')).toBe('*/*');
      expect(rows).toEqual([{ body: 'guarded' }]);
    });

    it('reads as the signed-in user through supabase-js', async () => {
      await stack.sql(`insert into public.notes (owner_id, body) values ($1, 'from sql')`, [
        OTHER_USER_ID,
      ]);
      const { data, error } = await client(stack, otherToken)
        .from('notes')
        .select('body')
        .eq('body', 'from sql');

      expect(error).toBeNull();
      expect(data).toEqual([{ body: 'from sql' }]);
    });
  });

  describe('privileges', () => {
    it('answers a missing grant with 401 for anon and 403 when signed in', async () => {
      const anonymous = await rest(stack, '/secrets');
      const signedIn = await rest(stack, '/secrets', { token });
      const expected = {
        code: '42501',
        details: null,
        hint: null,
        message: 'permission denied for table secrets',
      };

      expect(anonymous.status).toBe(401);
      expect(anonymous.json).toEqual(expected);
      expect(signedIn.status).toBe(403);
      expect(signedIn.json).toEqual(expected);
    });

    it('lets the service role read', async () => {
      const response = await rest(stack, '/secrets', { token: stack.serviceRoleKey });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ id: 1, value: 'only for the service role' }]);
    });

    it('reports the error code through supabase-js', async () => {
      const { data, error, status } = await client(stack, token).from('secrets').select('*');

      expect(status).toBe(403);
      expect(data).toBeNull();
      expect(error?.code).toBe('42501');
    });
  });

  describe('preferences and methods', () => {
    it('sets the time zone asked for', async () => {
      const response = await rest(stack, '/rpc/whoami', {
        headers: { Prefer: 'timezone=Europe/London' },
      });

      expect(response.json).toMatchObject({ timezone: 'Europe/London' });
      expect(response.headers.get('preference-applied')).toBe('timezone=Europe/London');
    });

    it('rejects unknown preferences with handling=strict', async () => {
      const response = await rest(stack, '/books', {
        headers: { Prefer: 'handling=strict, foo=bar' },
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST122',
        details: 'Invalid preferences: foo=bar',
        hint: null,
        message: 'Invalid preferences given with handling=strict',
      });
    });

    it('ignores unknown preferences otherwise', async () => {
      const response = await rest(stack, '/books?select=id&id=eq.1', {
        headers: { Prefer: 'foo=bar' },
      });

      expect(response.status).toBe(200);
      expect(response.headers.get('preference-applied')).toBeNull();
    });

    it('rejects an unknown method', async () => {
      const response = await rest(stack, '/books', { method: 'PURGE' });

      expect(response.status).toBe(405);
      expect(response.json).toEqual({
        code: 'PGRST117',
        details: null,
        hint: null,
        message: 'Unsupported HTTP method: PURGE',
      });
    });
  });

  describe('OpenAPI root', () => {
    it('lists what the role may use', async () => {
      const response = await rest(stack, '/');
      const document = response.json as {
        swagger: string;
        paths: Record<string, unknown>;
        definitions: Record<string, { properties: Record<string, unknown>; required: string[] }>;
      };

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/openapi+json; charset=utf-8');
      expect(document.swagger).toBe('2.0');
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/', '/books', '/rpc/add']),
      );
      expect(document.paths['/secrets']).toBeUndefined();
      expect(document.definitions.books?.properties.id).toEqual({
        format: 'bigint',
        type: 'integer',
      });
      expect(document.definitions.books?.required).toEqual(['id', 'title', 'tags', 'in_print']);
    });

    it('lists more for the service role', async () => {
      const response = await rest(stack, '/', { token: stack.serviceRoleKey });
      const document = response.json as { paths: Record<string, unknown> };

      expect(document.paths['/secrets']).toBeDefined();
    });
  });

  describe('schema cache', () => {
    it('finds a table, function and column created after the first request', async () => {
      await rest(stack, '/books?select=id&limit=1');
      await stack.sql('create table public.late_table (id int primary key)');
      await stack.sql('insert into public.late_table values (1)');
      await stack.sql('grant select on public.late_table to anon');
      await stack.sql(
        `create function public.late_function() returns int language sql stable as 'select 7'`,
      );
      const table = await rest(stack, '/late_table');
      const call = await rest(stack, '/rpc/late_function');
      await stack.sql('alter table public.late_table add column label text');
      const column = await rest(stack, '/late_table?select=id,label');

      expect(table.json).toEqual([{ id: 1 }]);
      expect(call.json).toBe(7);
      expect(column.json).toEqual([{ id: 1, label: null }]);
    });

    it('reloads on request', async () => {
      await stack.sql('create table public.reloaded_table (id int primary key)');
      const cache = await reloadSchemaCache(stack.db, ['public', 'graphql_public']);

      expect(cache.tables.has(JSON.stringify(['public', 'reloaded_table']))).toBe(true);
    });
  });
});
