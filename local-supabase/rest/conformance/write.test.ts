// Inserts, upserts, updates and deletes through /rest/v1. Statuses, headers
// and Preference-Applied follow PostgREST v12.2.12's src/PostgREST/Response.hs
// and test/spec/Feature/Query/{Insert,Upsert,Update,Delete}Spec.hs; error
// bodies are Postgres's own, passed through as its src/PostgREST/Error.hs
// does. Each test writes rows of its own, so the order of tests is free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, testBackends, type TestStack } from '../../testing/stack.ts';
import { client, FIXTURE_SQL, rest } from './fixture.ts';

const REPRESENTATION = { Prefer: 'return=representation' };

describe.each(testBackends())('REST writes (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false, fixtureSql: FIXTURE_SQL });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function tagNames(prefix: string): Promise<string[]> {
    const rows = await stack.sql<{ name: string }>(
      'select name from public.tags where name like $1 order by name',
      [`${prefix}%`],
    );
    return rows.map((row) => row.name);
  }

  describe('POST', () => {
    it('inserts with a minimal answer by default', async () => {
      const response = await rest(stack, '/authors', {
        method: 'POST',
        body: JSON.stringify({ name: 'Mary Shelley', country: 'GB' }),
      });
      const rows = await stack.sql('select country from public.authors where name = $1', [
        'Mary Shelley',
      ]);

      expect(response.status).toBe(201);
      expect(response.text).toBe('');
      expect(response.headers.get('content-type')).toBeNull();
      expect(response.headers.get('content-range')).toBe('*/*');
      expect(response.headers.get('preference-applied')).toBeNull();
      expect(rows).toEqual([{ country: 'GB' }]);
    });

    it('returns the inserted rows with embeds', async () => {
      const response = await rest(stack, '/books?select=title,author:authors!author_id(name)', {
        method: 'POST',
        headers: REPRESENTATION,
        body: JSON.stringify({ title: 'Small Gods', author_id: 2 }),
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([{ title: 'Small Gods', author: { name: 'Terry Pratchett' } }]);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('preference-applied')).toBe('return=representation');
      expect(response.headers.get('content-range')).toBe('*/*');
    });

    it('inserts an array and counts it', async () => {
      const response = await rest(stack, '/tags?select=name', {
        method: 'POST',
        headers: { Prefer: 'return=representation,count=exact' },
        body: JSON.stringify([{ name: 'array-one' }, { name: 'array-two' }]),
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([{ name: 'array-one' }, { name: 'array-two' }]);
      expect(response.headers.get('content-range')).toBe('*/2');
      expect(response.headers.get('preference-applied')).toBe('return=representation, count=exact');
    });

    it('sends a Location for headers-only', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        headers: { Prefer: 'return=headers-only' },
        body: JSON.stringify({ name: 'located' }),
      });
      const [row] = await stack.sql<{ id: number }>('select id from public.tags where name = $1', [
        'located',
      ]);

      expect(response.status).toBe(201);
      expect(response.text).toBe('');
      expect(response.headers.get('location')).toBe(`/tags?id=eq.${row?.id}`);
      expect(response.headers.get('preference-applied')).toBe('return=headers-only');
    });

    it('inserts nothing for an empty array', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        headers: REPRESENTATION,
        body: '[]',
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([]);
    });

    it('sets missing keys to null unless missing=default', async () => {
      const body = JSON.stringify([{ name: 'missing-one' }, { name: 'missing-two', id: 700 }]);
      const nulls = await rest(stack, '/tags?columns=id,name', { method: 'POST', body });
      const defaults = await rest(stack, '/tags?columns=id,name&select=name', {
        method: 'POST',
        headers: { Prefer: 'missing=default,return=representation' },
        body,
      });
      const [defaulted] = await stack.sql<{ id: number }>(
        'select id from public.tags where name = $1',
        ['missing-one'],
      );

      expect(nulls.status).toBe(400);
      expect(nulls.json).toEqual({
        code: '23502',
        details: 'Failing row contains (null, missing-one).',
        hint: null,
        message: 'null value in column "id" of relation "tags" violates not-null constraint',
      });
      expect(defaults.status).toBe(201);
      expect(defaults.json).toEqual([{ name: 'missing-one' }, { name: 'missing-two' }]);
      expect(defaults.headers.get('preference-applied')).toBe(
        'missing=default, return=representation',
      );
      expect(defaulted?.id).toBeGreaterThan(100);
    });

    it('reads a CSV body', async () => {
      const response = await rest(stack, '/tags?select=name', {
        method: 'POST',
        headers: { ...REPRESENTATION, 'Content-Type': 'text/csv' },
        body: 'name\ncsv-one\n"csv, two"',
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([{ name: 'csv-one' }, { name: 'csv, two' }]);
    });

    it('inserts through supabase-js', async () => {
      const { data, error, status } = await client(stack)
        .from('tags')
        .insert({ name: 'js-single' })
        .select('name')
        .single();

      expect(error).toBeNull();
      expect(status).toBe(201);
      expect(data).toEqual({ name: 'js-single' });
    });

    it('sends columns for mixed keys through supabase-js', async () => {
      const rows = [{ name: 'js-mixed-one' }, { name: 'js-mixed-two', id: 710 }];
      const withNulls = await client(stack).from('tags').insert(rows);
      const withDefaults = await client(stack).from('tags').insert(rows, { defaultToNull: false });

      expect(withNulls.error?.code).toBe('23502');
      expect(withDefaults.error).toBeNull();
      expect(withDefaults.status).toBe(201);
      expect(await tagNames('js-mixed')).toEqual(['js-mixed-one', 'js-mixed-two']);
    });
  });

  describe('POST errors', () => {
    it('answers a unique violation with 409', async () => {
      const response = await rest(stack, '/tags', { method: 'POST', body: '{"name":"fantasy"}' });

      expect(response.status).toBe(409);
      expect(response.json).toEqual({
        code: '23505',
        details: 'Key (name)=(fantasy) already exists.',
        hint: null,
        message: 'duplicate key value violates unique constraint "tags_name_key"',
      });
    });

    it('answers a foreign key violation with 409', async () => {
      const response = await rest(stack, '/books', {
        method: 'POST',
        body: '{"title":"Orphan","author_id":999}',
      });

      expect(response.status).toBe(409);
      expect(response.json).toEqual({
        code: '23503',
        details: 'Key (author_id)=(999) is not present in table "authors".',
        hint: null,
        message:
          'insert or update on table "books" violates foreign key constraint "books_author_id_fkey"',
      });
    });

    it('answers a check violation with 400', async () => {
      const response = await rest(stack, '/books', {
        method: 'POST',
        body: '{"title":"Thin","pages":-1}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({
        code: '23514',
        hint: null,
        message: 'new row for relation "books" violates check constraint "books_pages_check"',
      });
    });

    it('answers a value of the wrong type with 400', async () => {
      const response = await rest(stack, '/books', {
        method: 'POST',
        body: '{"title":"Odd","pages":"many"}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: '22P02',
        details: null,
        hint: null,
        message: 'invalid input syntax for type integer: "many"',
      });
    });

    it('rejects an unknown column', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        body: '{"name":"x","colour":"red"}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST204',
        details: null,
        hint: null,
        message: "Could not find the 'colour' column of 'tags' in the schema cache",
      });
    });

    it('rejects malformed JSON', async () => {
      const response = await rest(stack, '/tags', { method: 'POST', body: '{"name":' });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST102',
        details: null,
        hint: null,
        message: 'Empty or invalid json',
      });
    });

    it('rejects objects with different keys', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        body: '[{"name":"a"},{"id":5}]',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST102',
        details: null,
        hint: null,
        message: 'All object keys must match',
      });
    });

    it('rejects a body type it cannot read', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: 'name',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST102',
        details: null,
        hint: null,
        message: 'Content-Type not acceptable: text/plain',
      });
    });

    it('rolls back every row when one fails', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        body: JSON.stringify([{ name: 'rollback-me' }, { name: 'fantasy' }]),
      });

      expect(response.status).toBe(409);
      expect(await tagNames('rollback-me')).toEqual([]);
    });
  });

  describe('upserts', () => {
    it('merges into an existing row with 200', async () => {
      const response = await rest(stack, '/tags?on_conflict=name', {
        method: 'POST',
        headers: { Prefer: 'resolution=merge-duplicates,return=representation' },
        body: '[{"name":"fantasy"}]',
      });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ id: 1, name: 'fantasy' }]);
      expect(response.headers.get('preference-applied')).toBe(
        'resolution=merge-duplicates, return=representation',
      );
    });

    it('merges on the primary key', async () => {
      const response = await rest(stack, '/tags', {
        method: 'POST',
        headers: { Prefer: 'resolution=merge-duplicates,return=representation' },
        body: '{"id":4,"name":"humor"}',
      });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ id: 4, name: 'humor' }]);
    });

    it('answers 201 when a merge inserts', async () => {
      const response = await rest(stack, '/tags?on_conflict=name&select=name', {
        method: 'POST',
        headers: { Prefer: 'resolution=merge-duplicates,return=representation' },
        body: '[{"name":"fantasy"},{"name":"upsert-new"}]',
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([{ name: 'fantasy' }, { name: 'upsert-new' }]);
    });

    it('skips duplicates for ignore-duplicates', async () => {
      const response = await rest(stack, '/tags?on_conflict=name&select=name', {
        method: 'POST',
        headers: { Prefer: 'resolution=ignore-duplicates,return=representation' },
        body: '[{"name":"fantasy"},{"name":"ignored-new"}]',
      });

      expect(response.status).toBe(201);
      expect(response.json).toEqual([{ name: 'ignored-new' }]);
      expect(response.headers.get('preference-applied')).toBe(
        'resolution=ignore-duplicates, return=representation',
      );
    });

    it('upserts through supabase-js', async () => {
      const { data, error, status } = await client(stack)
        .from('tags')
        .upsert({ name: 'scifi' }, { onConflict: 'name' })
        .select('id, name');

      expect(error).toBeNull();
      expect(status).toBe(200);
      expect(data).toEqual([{ id: 2, name: 'scifi' }]);
    });

    it('rejects an unknown conflict column', async () => {
      const response = await rest(stack, '/tags?on_conflict=nope', {
        method: 'POST',
        headers: { Prefer: 'resolution=merge-duplicates' },
        body: '{"name":"x"}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: '42703',
        details: null,
        hint: null,
        message: 'column "nope" does not exist',
      });
    });
  });

  describe('PUT', () => {
    it('inserts and then replaces one row', async () => {
      const inserted = await rest(stack, '/tags?id=eq.900', {
        method: 'PUT',
        headers: REPRESENTATION,
        body: '{"id":900,"name":"put-new"}',
      });
      const replaced = await rest(stack, '/tags?id=eq.900', {
        method: 'PUT',
        headers: REPRESENTATION,
        body: '{"id":900,"name":"put-changed"}',
      });
      const minimal = await rest(stack, '/tags?id=eq.900', {
        method: 'PUT',
        body: '{"id":900,"name":"put-last"}',
      });
      const rows = await stack.sql('select name from public.tags where id = 900');

      expect(inserted.status).toBe(201);
      expect(inserted.json).toEqual([{ id: 900, name: 'put-new' }]);
      expect(replaced.status).toBe(200);
      expect(replaced.json).toEqual([{ id: 900, name: 'put-changed' }]);
      expect(minimal.status).toBe(204);
      expect(rows).toEqual([{ name: 'put-last' }]);
    });

    it('rejects a body that names another row', async () => {
      const response = await rest(stack, '/tags?id=eq.901', {
        method: 'PUT',
        body: '{"id":902,"name":"put-odd"}',
      });
      const rows = await stack.sql('select id from public.tags where id in (901, 902)');

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST115',
        details: null,
        hint: null,
        message: 'Payload values do not match URL in primary key column(s)',
      });
      expect(rows).toEqual([]);
    });

    it('needs eq filters on the whole primary key', async () => {
      const response = await rest(stack, '/tags?name=eq.x', {
        method: 'PUT',
        body: '{"id":903,"name":"x"}',
      });

      expect(response.status).toBe(405);
      expect(response.json).toEqual({
        code: 'PGRST105',
        details: null,
        hint: null,
        message: "Filters must include all and only primary key columns with 'eq' operators",
      });
    });

    it('rejects limits', async () => {
      const response = await rest(stack, '/tags?id=eq.904&limit=1', {
        method: 'PUT',
        body: '{"id":904,"name":"x"}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST114',
        details: null,
        hint: null,
        message: 'limit/offset querystring parameters are not allowed for PUT',
      });
    });
  });

  describe('PATCH', () => {
    it('updates with a minimal answer', async () => {
      const response = await rest(stack, '/books?id=eq.6', {
        method: 'PATCH',
        body: '{"pages":350}',
      });
      const rows = await stack.sql('select pages from public.books where id = 6');

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(response.headers.get('content-range')).toBe('0-0/*');
      expect(rows).toEqual([{ pages: 350 }]);
    });

    it('returns the updated rows', async () => {
      const response = await rest(stack, '/books?id=eq.6&select=id,pages', {
        method: 'PATCH',
        headers: REPRESENTATION,
        body: '{"pages":351}',
      });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ id: 6, pages: 351 }]);
      expect(response.headers.get('content-range')).toBe('0-0/*');
    });

    it('answers an update that matches nothing with 204', async () => {
      const response = await rest(stack, '/books?id=eq.999', {
        method: 'PATCH',
        body: '{"pages":1}',
      });

      expect(response.status).toBe(204);
      expect(response.headers.get('content-range')).toBe('*/*');
    });

    it('counts updated rows', async () => {
      const response = await rest(stack, '/books?author_id=eq.3', {
        method: 'PATCH',
        headers: { Prefer: 'count=exact' },
        body: '{"in_print":false}',
      });

      expect(response.status).toBe(204);
      expect(response.headers.get('content-range')).toBe('0-1/2');
      expect(response.headers.get('preference-applied')).toBe('count=exact');
    });

    it('refuses an update without filters', async () => {
      const response = await rest(stack, '/books', { method: 'PATCH', body: '{"pages":1}' });
      const rows = await stack.sql('select count(*)::int as n from public.books where pages = 1');

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: '21000',
        details: null,
        hint: null,
        message: 'UPDATE requires a WHERE clause',
      });
      expect(rows).toEqual([{ n: 0 }]);
    });

    it('changes nothing for an empty body', async () => {
      const response = await rest(stack, '/books?id=eq.1', { method: 'PATCH', body: '{}' });

      expect(response.status).toBe(204);
      expect(response.headers.get('content-range')).toBe('*/*');
    });

    it('rejects an unknown column', async () => {
      const response = await rest(stack, '/books?id=eq.1', {
        method: 'PATCH',
        body: '{"colour":"red"}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ code: 'PGRST204' });
    });

    it('needs an order for a limited update', async () => {
      const response = await rest(stack, '/books?id=gt.0&limit=1', {
        method: 'PATCH',
        body: '{"pages":2}',
      });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: 'PGRST109',
        details: null,
        hint: "Apply an 'order' using unique column(s)",
        message: "A 'limit' was applied without an explicit 'order'",
      });
    });

    it('updates only the first rows of an ordered limit', async () => {
      await stack.sql(
        `insert into public.visits (label) values ('limited'), ('limited'), ('limited')`,
      );
      const response = await rest(stack, '/visits?label=eq.limited&order=id&limit=2', {
        method: 'PATCH',
        body: '{"visited_by":"first two"}',
      });
      const rows = await stack.sql(
        `select visited_by from public.visits where label = 'limited' order by id`,
      );

      expect(response.status).toBe(204);
      expect(rows).toEqual([
        { visited_by: 'first two' },
        { visited_by: 'first two' },
        { visited_by: null },
      ]);
    });

    it('rolls back when one object was asked for and several changed', async () => {
      await stack.sql(`insert into public.visits (label) values ('single'), ('single')`);
      const response = await rest(stack, '/visits?label=eq.single', {
        method: 'PATCH',
        headers: { ...REPRESENTATION, Accept: 'application/vnd.pgrst.object+json' },
        body: '{"visited_by":"nobody"}',
      });
      const rows = await stack.sql(`select visited_by from public.visits where label = 'single'`);

      expect(response.status).toBe(406);
      expect(response.json).toEqual({
        code: 'PGRST116',
        details: 'The result contains 2 rows',
        hint: null,
        message: 'Cannot coerce the result to a single JSON object',
      });
      expect(rows).toEqual([{ visited_by: null }, { visited_by: null }]);
    });

    it('updates through supabase-js', async () => {
      const { data, error, status } = await client(stack)
        .from('books')
        .update({ price: 11.25 })
        .eq('id', 5)
        .select('id, price');

      expect(error).toBeNull();
      expect(status).toBe(200);
      expect(data).toEqual([{ id: 5, price: 11.25 }]);
    });
  });

  describe('DELETE', () => {
    it('deletes with a minimal answer', async () => {
      await stack.sql(`insert into public.visits (label) values ('delete-me')`);
      const response = await rest(stack, '/visits?label=eq.delete-me', { method: 'DELETE' });
      const rows = await stack.sql(`select id from public.visits where label = 'delete-me'`);

      expect(response.status).toBe(204);
      expect(response.headers.get('content-range')).toBe('*/*');
      expect(rows).toEqual([]);
    });

    it('returns and counts the deleted rows', async () => {
      await stack.sql(
        `insert into public.visits (label, visited_by) values ('delete-shown', 'ann')`,
      );
      const response = await rest(stack, '/visits?label=eq.delete-shown&select=label,visited_by', {
        method: 'DELETE',
        headers: { Prefer: 'return=representation,count=exact' },
      });

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ label: 'delete-shown', visited_by: 'ann' }]);
      expect(response.headers.get('content-range')).toBe('*/1');
      expect(response.headers.get('preference-applied')).toBe('return=representation, count=exact');
    });

    it('refuses a delete without filters', async () => {
      const response = await rest(stack, '/visits', { method: 'DELETE' });

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: '21000',
        details: null,
        hint: null,
        message: 'DELETE requires a WHERE clause',
      });
    });

    it('deletes through supabase-js', async () => {
      await stack.sql(`insert into public.visits (label) values ('delete-js')`);
      const { error, status } = await client(stack)
        .from('visits')
        .delete()
        .eq('label', 'delete-js');
      const rows = await stack.sql(`select id from public.visits where label = 'delete-js'`);

      expect(error).toBeNull();
      expect(status).toBe(204);
      expect(rows).toEqual([]);
    });
  });
});
