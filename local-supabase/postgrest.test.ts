// The PostgREST drop-in over a database that is not this project's, checked through
// postgrest-js (the query builder inside supabase-js) and raw fetch against the statuses and
// bodies that PostgREST returns for the same requests.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

import { PostgrestClient } from '@supabase/postgrest-js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { signJwt } from './jwt.ts';
import { startPostgrest, type RunningDropIn } from './postgrest.ts';
import { loadPostgrestConfig } from './postgrest/config.ts';
import { createPostgrestFixture, type PostgrestFixture } from './testing/postgrest-fixture.ts';

const adminUrl = inject('postgresAdminUrl');

const SECRET = 'drop-in-test-secret-that-is-at-least-32-characters';
const MAX_ROWS = 4;
const logger = pino({ level: process.env.LOCAL_SUPABASE_LOG_LEVEL ?? 'silent' });

type Json = Record<string, unknown>;

const ENTRY = fileURLToPath(new URL('./postgrest.ts', import.meta.url));

/** Starts `npm run postgrest`'s entry point as a child process with only these variables. */
function spawnEntry(env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Reads a child's output until `until` matches it, or to the end without `until`. */
async function outputOf(stream: NodeJS.ReadableStream, until?: RegExp): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (until?.test(text)) break;
  }
  return text;
}

/** Starts a drop-in on a free loopback port with these PGRST_* settings. */
function startDropIn(env: Record<string, string>): Promise<RunningDropIn> {
  return startPostgrest(loadPostgrestConfig({ PGRST_SERVER_PORT: '0', ...env }), logger);
}

function tokenFor(claims: Json, secret = SECRET): Promise<string> {
  return signJwt(claims, secret);
}

async function call(
  url: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers = new Headers(init.headers);
  if (init.token !== undefined) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(`${url}${path}`, { ...init, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : (JSON.parse(text) as unknown),
  };
}

if (adminUrl === null) {
  describe.skip('PostgREST drop-in (skipped: no PostgreSQL server binaries for a test cluster)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('PostgREST drop-in', () => {
    let fixture: PostgrestFixture;
    let dropIn: RunningDropIn;
    let noAnonNoSecret: RunningDropIn;
    let adaToken: string;
    let brianToken: string;
    function api(token?: string) {
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return new PostgrestClient(dropIn.url, { schema: 'api', headers });
    }

    beforeAll(async () => {
      fixture = await createPostgrestFixture(adminUrl);
      dropIn = await startDropIn({
        PGRST_DB_URI: fixture.authenticatorUrl,
        PGRST_DB_SCHEMAS: 'api',
        PGRST_DB_ANON_ROLE: 'web_anon',
        PGRST_JWT_SECRET: SECRET,
        PGRST_DB_MAX_ROWS: String(MAX_ROWS),
      });
      noAnonNoSecret = await startDropIn({
        PGRST_DB_URI: fixture.authenticatorUrl,
        PGRST_DB_SCHEMAS: 'api',
      });
      adaToken = await tokenFor({ role: 'todo_user', sub: 'ada' });
      brianToken = await tokenFor({ role: 'todo_user', sub: 'brian' });
    });

    afterAll(async () => {
      await dropIn?.stop();
      await noAnonNoSecret?.stop();
      await fixture?.drop();
    });

    describe('reads', () => {
      it('lists rows up to max rows', async () => {
        const response = await call(dropIn.url, '/todos?select=id&order=id');

        expect(response.status).toBe(200);
        expect(response.headers.get('content-range')).toBe('0-3/*');
        expect(response.body).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 5 }]);
      });

      it('counts past max rows with 206', async () => {
        const response = await call(dropIn.url, '/todos?select=id&order=id', {
          headers: { Prefer: 'count=exact' },
        });

        // Five public todos, four returned.
        expect(response.status).toBe(206);
        expect(response.headers.get('content-range')).toBe('0-3/5');
      });

      it('filters through postgrest-js', async () => {
        const { data, error, status } = await api()
          .from('todos')
          .select('id, task')
          .eq('done', false)
          .ilike('task', '%b%')
          .order('id');

        expect(error).toBeNull();
        expect(status).toBe(200);
        expect(data).toEqual([
          { id: 1, task: 'Buy milk' },
          { id: 6, task: 'Book trip' },
        ]);
      });

      it('combines or and is filters', async () => {
        const response = await call(
          dropIn.url,
          '/todos?select=id&or=(done.is.true,due.not.is.null)&order=id.desc',
        );

        expect(response.status).toBe(200);
        expect(response.body).toEqual([{ id: 5 }, { id: 3 }, { id: 2 }, { id: 1 }]);
      });

      it('embeds the owner of each todo', async () => {
        const { data, error } = await api()
          .from('todos')
          .select('id, owner:users(name)')
          .in('id', [1, 3, 6])
          .order('id');

        expect(error).toBeNull();
        expect(data).toEqual([
          { id: 1, owner: { name: 'Ada' } },
          { id: 3, owner: { name: 'Brian' } },
          { id: 6, owner: null },
        ]);
      });

      it('embeds todos under RLS', async () => {
        const response = await call(
          dropIn.url,
          '/users?select=name,todos(id)&todos.order=id&order=id',
        );

        // Private todos 4 and 7 are hidden from the anonymous role.
        expect(response.status).toBe(200);
        expect(response.body).toEqual([
          { name: 'Ada', todos: [{ id: 1 }, { id: 2 }] },
          { name: 'Brian', todos: [{ id: 3 }, { id: 5 }] },
        ]);
      });

      it('returns one object on request', async () => {
        const { data, error } = await api().from('users').select('name').eq('id', 2).single();

        expect(error).toBeNull();
        expect(data).toEqual({ name: 'Brian' });
      });

      it('serves the OpenAPI document at the root', async () => {
        const response = await call(dropIn.url, '/');
        const document = response.body as { swagger: string; paths: Record<string, unknown> };

        expect(response.status).toBe(200);
        expect(document.swagger).toBe('2.0');
        expect(Object.keys(document.paths)).toEqual(
          expect.arrayContaining(['/todos', '/users', '/rpc/todo_count', '/rpc/whoami']),
        );
        // web_anon may not execute complete_todo, so the document leaves it out.
        expect(Object.keys(document.paths)).not.toContain('/rpc/complete_todo');
      });
    });

    describe('errors', () => {
      it('passes a Postgres error through', async () => {
        const response = await call(dropIn.url, '/todos?id=eq.abc');

        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          code: '22P02',
          details: null,
          hint: null,
          message: 'invalid input syntax for type integer: "abc"',
        });
      });

      it('names an unknown table', async () => {
        const response = await call(dropIn.url, '/todo');

        expect(response.status).toBe(404);
        expect(response.body).toEqual({
          code: 'PGRST205',
          details: null,
          hint: "Perhaps you meant the table 'api.todos'",
          message: "Could not find the table 'api.todo' in the schema cache",
        });
      });

      it('rejects an unexposed schema', async () => {
        const response = await call(dropIn.url, '/todos', {
          headers: { 'Accept-Profile': 'public' },
        });

        expect(response.status).toBe(406);
        expect(response.body).toEqual({
          code: 'PGRST106',
          details: null,
          hint: null,
          message: 'The schema must be one of the following: api',
        });
      });
    });

    describe('anonymous role', () => {
      it('sees only public todos', async () => {
        const { data, error } = await api().from('todos').select('id').eq('private', true);

        expect(error).toBeNull();
        expect(data).toEqual([]);
      });

      it('cannot write without a grant', async () => {
        const response = await call(dropIn.url, '/todos', {
          method: 'POST',
          body: JSON.stringify({ id: 100, task: 'Anonymous' }),
        });

        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(response.body).toEqual({
          code: '42501',
          details: null,
          hint: null,
          message: 'permission denied for table todos',
        });
      });

      it('cannot call a revoked function', async () => {
        const response = await call(dropIn.url, '/rpc/complete_todo', {
          method: 'POST',
          body: JSON.stringify({ p_id: 1 }),
        });

        expect(response.status).toBe(401);
        expect(response.body).toEqual({
          code: '42501',
          details: null,
          hint: null,
          message: 'permission denied for function complete_todo',
        });
      });

      it('is rejected without PGRST_DB_ANON_ROLE', async () => {
        const response = await call(noAnonNoSecret.url, '/todos');

        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(response.body).toEqual({
          code: 'PGRST302',
          details: null,
          hint: null,
          message: 'Anonymous access is disabled',
        });
      });
    });

    describe('JWT roles', () => {
      it('switches to the role claim', async () => {
        const response = await call(dropIn.url, '/rpc/whoami', { token: adaToken });

        expect(response.status).toBe(200);
        expect(response.body).toEqual({ role: 'todo_user', sub: 'ada' });
      });

      it('runs as the anonymous role without a role claim', async () => {
        const token = await tokenFor({ sub: 'ada' });

        const response = await call(dropIn.url, '/rpc/whoami', { token });

        expect(response.status).toBe(200);
        expect(response.body).toEqual({ role: 'web_anon', sub: 'ada' });
      });

      it('applies RLS for the signed-in user', async () => {
        const { data, error } = await api(adaToken).from('todos').select('id').eq('private', true);

        expect(error).toBeNull();
        expect(data).toEqual([{ id: 4 }]);
      });

      it('rejects a role not granted to the authenticator', async () => {
        const token = await tokenFor({ role: 'todo_admin' });

        const response = await call(dropIn.url, '/todos', { token });

        expect(response.status).toBe(403);
        expect(response.body).toEqual({
          code: '42501',
          details: null,
          hint: null,
          message: 'permission denied to set role "todo_admin"',
        });
      });

      it('rejects a role that does not exist', async () => {
        const token = await tokenFor({ role: 'no_such_role' });

        const response = await call(dropIn.url, '/todos', { token });

        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          code: '22023',
          details: null,
          hint: null,
          message: 'role "no_such_role" does not exist',
        });
      });

      it('rejects a token with another secret', async () => {
        const token = await tokenFor({ role: 'todo_user' }, `${SECRET}-other`);

        const response = await call(dropIn.url, '/todos', { token });

        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe(
          'Bearer error="invalid_token", error_description="JWT cryptographic operation failed"',
        );
        expect(response.body).toEqual({
          code: 'PGRST301',
          details: null,
          hint: null,
          message: 'JWT cryptographic operation failed',
        });
      });

      it('rejects an expired token', async () => {
        const expired = Math.floor(Date.now() / 1000) - 3600;
        const token = await tokenFor({ role: 'todo_user', exp: expired });

        const response = await call(dropIn.url, '/todos', { token });

        expect(response.status).toBe(401);
        expect(response.body).toEqual({
          code: 'PGRST303',
          details: null,
          hint: null,
          message: 'JWT expired',
        });
      });

      it('rejects tokens without PGRST_JWT_SECRET', async () => {
        const response = await call(noAnonNoSecret.url, '/todos', { token: adaToken });

        expect(response.status).toBe(500);
        expect(response.body).toEqual({
          code: 'PGRST300',
          details: null,
          hint: null,
          message: 'Server lacks JWT secret',
        });
      });
    });

    describe('writes as todo_user', () => {
      it('inserts and returns the row', async () => {
        const { data, error, status } = await api(adaToken)
          .from('todos')
          .insert({ id: 100, task: 'Call plumber', user_id: 1 })
          .select()
          .single();

        expect(error).toBeNull();
        expect(status).toBe(201);
        expect(data).toEqual({
          id: 100,
          task: 'Call plumber',
          done: false,
          due: null,
          user_id: 1,
          private: false,
        });
      });

      it('rejects an insert for another user', async () => {
        const response = await call(dropIn.url, '/todos', {
          method: 'POST',
          token: adaToken,
          body: JSON.stringify({ id: 101, task: 'Not mine', user_id: 2 }),
        });

        expect(response.status).toBe(403);
        expect(response.body).toEqual({
          code: '42501',
          details: null,
          hint: null,
          message: 'new row violates row-level security policy for table "todos"',
        });
      });

      it('updates an own todo with 204', async () => {
        const response = await call(dropIn.url, '/todos?id=eq.100', {
          method: 'PATCH',
          token: adaToken,
          body: JSON.stringify({ done: true }),
        });
        const rows = await fixture.sql<{ done: boolean }>(
          'select done from api.todos where id = 100',
        );

        expect(response.status).toBe(204);
        expect(response.body).toBeNull();
        expect(rows).toEqual([{ done: true }]);
      });

      it("leaves another user's todo alone", async () => {
        const response = await call(dropIn.url, '/todos?id=eq.3', {
          method: 'PATCH',
          token: adaToken,
          body: JSON.stringify({ task: 'Taken over' }),
        });
        const rows = await fixture.sql<{ task: string }>('select task from api.todos where id = 3');

        // RLS hides the row, so PostgREST updates nothing and still returns 204.
        expect(response.status).toBe(204);
        expect(rows).toEqual([{ task: 'Plan lesson' }]);
      });

      it('calls a volatile function', async () => {
        const response = await call(dropIn.url, '/rpc/complete_todo', {
          method: 'POST',
          token: brianToken,
          body: JSON.stringify({ p_id: 3 }),
        });
        const rows = await fixture.sql<{ done: boolean }>(
          'select done from api.todos where id = 3',
        );

        expect(response.status).toBe(204);
        expect(rows).toEqual([{ done: true }]);
      });

      it('calls a stable function by GET', async () => {
        const expected = await fixture.sql<{ count: string }>(
          `select count(*) as count from api.todos
           where done and (not private or user_id = 2)`,
        );

        const { data, error } = await api(brianToken).rpc(
          'todo_count',
          { p_done: true },
          {
            get: true,
          },
        );

        expect(error).toBeNull();
        expect(data).toBe(Number(expected[0]!.count));
      });

      it('deletes an own todo', async () => {
        const { error, status } = await api(adaToken).from('todos').delete().eq('id', 100);
        const rows = await fixture.sql('select id from api.todos where id = 100');

        expect(error).toBeNull();
        expect(status).toBe(204);
        expect(rows).toEqual([]);
      });
    });

    describe('command', () => {
      it('exits without PGRST_DB_URI', async () => {
        const child = spawnEntry({});
        const stderr = outputOf(child.stderr);

        const [code] = (await once(child, 'exit')) as [number];

        expect(code).toBe(1);
        expect(await stderr).toMatch(/^Invalid configuration: PGRST_DB_URI is missing/);
      });

      it('serves from PGRST_ variables', async () => {
        const child = spawnEntry({
          PGRST_DB_URI: fixture.authenticatorUrl,
          PGRST_DB_SCHEMAS: 'api',
          PGRST_SERVER_PORT: '0',
        });
        try {
          const stdout = await outputOf(child.stdout, /at (http:\/\/127\.0\.0\.1:\d+)\n/);
          const url = /at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout)?.[1];

          expect(url, stdout).toBeDefined();
          // No PGRST_DB_ANON_ROLE, so PostgREST refuses anonymous requests.
          const response = await call(url!, '/todos');
          expect(response.status).toBe(401);
          expect((response.body as Json).code).toBe('PGRST302');
        } finally {
          child.kill('SIGTERM');
        }
        const [code] = (await once(child, 'exit')) as [number | null];
        expect(code).toBe(0);
      });
    });

    describe('schema cache', () => {
      it('reloads on NOTIFY pgrst', async () => {
        await fixture.sql(`
          create table api.notes (id int primary key, body text);
          grant select on api.notes to web_anon;
          notify pgrst, 'reload schema';`);

        // A request for the new table would reload the cache by itself after the miss, but
        // the OpenAPI document never misses, so it lists the table only after the NOTIFY.
        const deadline = Date.now() + 10_000;
        let paths: string[] = [];
        while (!paths.includes('/notes') && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          const response = await call(dropIn.url, '/');
          paths = Object.keys((response.body as { paths: Json }).paths);
        }

        expect(paths).toContain('/notes');
      });
    });
  });
}
