// Function calls through /rest/v1/rpc. Result shapes and the 204 for void
// follow PostgREST v12.2.12's src/PostgREST/Response.hs and
// src/PostgREST/Query/SqlFragment.hs; PGRST202's texts come from its
// src/PostgREST/Error.hs. Expected values are worked out from fixture.sql.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, testBackends, type TestStack } from '../../testing/stack.ts';
import { client, FIXTURE_SQL, rest, USER_ID, userToken } from './fixture.ts';

describe.each(testBackends())('REST functions (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false, fixtureSql: FIXTURE_SQL });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return rest(stack, path, { method: 'POST', body: JSON.stringify(body), headers });
  }

  describe('results', () => {
    it('returns a scalar as bare JSON by POST', async () => {
      const response = await post('/rpc/add', { a: 1, b: 2 });

      expect(response.status).toBe(200);
      expect(response.text).toBe('3');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    });

    it('calls a function by GET with query arguments', async () => {
      const response = await rest(stack, '/rpc/add?a=40&b=2');

      expect(response.status).toBe(200);
      expect(response.json).toBe(42);
    });

    it('fills in default arguments', async () => {
      const response = await post('/rpc/add_default', { a: 1 });

      expect(response.json).toBe(11);
    });

    it('returns a set of scalars as an array with ranges', async () => {
      const all = await rest(stack, '/rpc/book_titles');
      const page = await rest(stack, '/rpc/book_titles?limit=2', {
        headers: { Prefer: 'count=exact' },
      });

      expect(all.json).toEqual([
        'A Wizard of Earthsea',
        'The Left Hand of Darkness',
        'The Colour of Magic',
        'Mort',
        'Kindred',
        'Parable of the Sower',
      ]);
      expect(page.status).toBe(206);
      expect(page.json).toEqual(['A Wizard of Earthsea', 'The Left Hand of Darkness']);
      expect(page.headers.get('content-range')).toBe('0-1/6');
    });

    it('filters, orders and selects a set of rows', async () => {
      const response = await rest(
        stack,
        '/rpc/books_by_author?author=2&select=id,title&order=id.desc',
      );
      const filtered = await rest(stack, '/rpc/books_by_author?author=1&select=id&pages=gt.200');

      expect(response.json).toEqual([
        { id: 4, title: 'Mort' },
        { id: 3, title: 'The Colour of Magic' },
      ]);
      expect(filtered.json).toEqual([{ id: 2 }]);
    });

    it('embeds from a function returning a table type', async () => {
      const response = await post('/rpc/books_by_author?select=title,tags(name)&tags.order=name', {
        author: 3,
      });

      expect(response.json).toEqual([
        { title: 'Kindred', tags: [{ name: 'scifi' }] },
        { title: 'Parable of the Sower', tags: [{ name: 'scifi' }] },
      ]);
    });

    it('returns a single row as an object', async () => {
      const response = await rest(stack, '/rpc/first_book?select=id,title');

      expect(response.json).toEqual({ id: 1, title: 'A Wizard of Earthsea' });
    });

    it('returns table results', async () => {
      const response = await rest(stack, '/rpc/author_stats');

      expect(response.json).toEqual([
        { author_id: 1, book_count: 2 },
        { author_id: 2, book_count: 2 },
        { author_id: 3, book_count: 2 },
      ]);
    });

    it('answers a void function with 204', async () => {
      const response = await post('/rpc/record_visit', { label: 'void-call' });
      const rows = await stack.sql(
        `select visited_by from public.visits where label = 'void-call'`,
      );

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(response.headers.get('content-type')).toBeNull();
      expect(rows).toEqual([{ visited_by: 'anon' }]);
    });

    it('passes the whole body to one unnamed json parameter', async () => {
      const response = await post('/rpc/echo', { any: ['thing', 1] });

      expect(response.json).toEqual({ any: ['thing', 1] });
    });

    it('applies response.status and response.headers', async () => {
      const response = await rest(stack, '/rpc/set_teapot');

      expect(response.status).toBe(418);
      expect(response.headers.get('x-brewed')).toBe('yes');
      expect(response.json).toBe('short and stout');
    });

    it('refuses one object for several rows', async () => {
      const response = await rest(stack, '/rpc/book_titles', {
        headers: { Accept: 'application/vnd.pgrst.object+json' },
      });

      expect(response.status).toBe(406);
      expect(response.json).toMatchObject({
        code: 'PGRST116',
        details: 'The result contains 6 rows',
      });
    });

    it('calls through supabase-js', async () => {
      const sum = await client(stack).rpc('add', { a: 2, b: 3 });
      const read = await client(stack).rpc('add', { a: 4, b: 5 }, { get: true });
      const rows = await client(stack)
        .rpc('books_by_author', { author: 1 })
        .select('id')
        .order('id');
      const none = await client(stack).rpc('record_visit', { label: 'js-void' });

      expect(sum.data).toBe(5);
      expect(read.data).toBe(9);
      expect(rows.data).toEqual([{ id: 1 }, { id: 2 }]);
      expect(none.error).toBeNull();
      expect(none.status).toBe(204);
      expect(none.data).toBeNull();
    });
  });

  describe('transactions and settings', () => {
    it('runs GET calls read-only', async () => {
      const response = await rest(stack, '/rpc/record_visit?label=by-get');
      const rows = await stack.sql(`select id from public.visits where label = 'by-get'`);

      expect(response.status).toBe(405);
      expect(response.json).toEqual({
        code: '25006',
        details: null,
        hint: null,
        message: 'cannot execute INSERT in a read-only transaction',
      });
      expect(rows).toEqual([]);
    });

    it('runs stable functions read-only even by POST', async () => {
      const response = await post('/rpc/whoami', {});

      expect(response.json).toMatchObject({ read_only: 'on', method: 'POST' });
    });

    it('sets role, claims, method, path and headers for anon', async () => {
      const response = await rest(stack, '/rpc/whoami', {
        headers: { 'X-Custom-Header': 'custom value' },
      });
      const body = response.json as Record<string, unknown>;

      expect(body).toMatchObject({
        role: 'anon',
        claims: { role: 'anon' },
        method: 'GET',
        path: '/rpc/whoami',
        uid: null,
        search_path: '"public", "public", "extensions"',
      });
      expect(body.headers).toMatchObject({
        'x-custom-header': 'custom value',
        apikey: stack.anonKey,
      });
    });

    it('sets the signed-in user', async () => {
      const token = await userToken(stack);
      const response = await rest(stack, '/rpc/whoami', { token });

      expect(response.json).toMatchObject({
        role: 'authenticated',
        uid: USER_ID,
        claims: { sub: USER_ID, role: 'authenticated', aud: 'authenticated' },
      });
    });

    it("passes a raised exception's message, detail and hint", async () => {
      const response = await post('/rpc/fail_with', { message: 'no such shelf' });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'P0001',
        details: 'raised on purpose',
        hint: 'pass another message',
        message: 'no such shelf',
      });
    });
  });

  describe('raised responses', () => {
    // In PostgREST v12.2.12, `pgErrorStatus` in src/PostgREST/Error.hs turns SQLSTATE PTnnn
    // into status nnn and anything else after PT into 500. Its test/spec/Feature/Query/RpcSpec.hs
    // checks both with these two functions.
    it('sets the status from SQLSTATE PTnnn', async () => {
      const response = await post('/rpc/raise_pt402', {});

      expect(response.status).toBe(402);
      expect(response.json).toEqual({
        code: 'PT402',
        details: 'Quota exceeded',
        hint: 'Upgrade your plan',
        message: 'Payment Required',
      });
    });

    it('returns 500 when PT is not followed by digits', async () => {
      const response = await rest(stack, '/rpc/raise_bad_pt');

      expect(response.status).toBe(500);
      expect(response.json).toEqual({ code: 'PT40A', details: null, hint: null, message: 'Wrong' });
    });

    it('passes PTnnn through supabase-js as status and code', async () => {
      const result = await client(stack).rpc('raise_pt402');

      expect(result.status).toBe(402);
      expect(result.error).toMatchObject({ code: 'PT402', message: 'Payment Required' });
    });

    it("sets status, headers and body from RAISE SQLSTATE 'PGRST'", async () => {
      const response = await post('/rpc/raise_payment_required', {});

      expect(response.status).toBe(402);
      expect(response.headers.get('x-powered-by')).toBe('Nerd Rage');
      expect(response.json).toEqual({
        code: '123',
        details: 'Quota exceeded',
        hint: 'Upgrade your plan',
        message: 'Payment Required',
      });
    });

    it('answers HEAD without a body', async () => {
      const response = await rest(stack, '/rpc/book_titles', {
        method: 'HEAD',
        headers: { Prefer: 'count=exact' },
      });

      expect(response.status).toBe(200);
      expect(response.text).toBe('');
      expect(response.headers.get('content-range')).toBe('0-5/6');
    });

    it('passes the body as one argument for params=single-object', async () => {
      const response = await post('/rpc/echo', { a: 1 }, { Prefer: 'params=single-object' });

      expect(response.json).toEqual({ a: 1 });
      expect(response.headers.get('preference-applied')).toBe('params=single-object');
    });
  });

  describe('unknown functions', () => {
    it('suggests a function with a close name', async () => {
      const response = await post('/rpc/ad', { a: 1, b: 2 });

      expect(response.status).toBe(404);
      expect(response.json).toEqual({
        code: 'PGRST202',
        details:
          'Searched for the function public.ad with parameters a, b or with a single unnamed json/jsonb ' +
          'parameter, but no matches were found in the schema cache.',
        hint: 'Perhaps you meant to call the function public.add',
        message: 'Could not find the function public.ad(a, b) in the schema cache',
      });
    });

    it('names the arguments that matched no overload', async () => {
      const response = await rest(stack, '/rpc/add?x=1');

      expect(response.status).toBe(404);
      expect(response.json).toMatchObject({
        code: 'PGRST202',
        details:
          'Searched for the function public.add with parameter x, but no matches were found in the schema cache.',
        message: 'Could not find the function public.add(x) in the schema cache',
      });
    });

    it('describes a call without arguments', async () => {
      const response = await rest(stack, '/rpc/add');

      expect(response.json).toMatchObject({
        details:
          'Searched for the function public.add without parameters, but no matches were found in the schema cache.',
        message: 'Could not find the function public.add without parameters in the schema cache',
      });
    });

    it('rejects methods other than GET, HEAD and POST', async () => {
      const response = await rest(stack, '/rpc/add', { method: 'PATCH', body: '{}' });

      expect(response.status).toBe(405);
      expect(response.json).toEqual({
        code: 'PGRST101',
        details: null,
        hint: null,
        message: 'Cannot use the PATCH method on RPC',
      });
    });
  });
});
