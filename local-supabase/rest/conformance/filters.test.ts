// Filters, ordering, ranges and counts through /rest/v1. Operators map to
// SQL as in PostgREST v12.2.12's src/PostgREST/Query/SqlFragment.hs; range
// statuses and Content-Range follow its src/PostgREST/RangeQuery.hs, and
// PGRST103 texts its src/PostgREST/Error.hs. Expected ids are worked out by
// hand from fixture.sql.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, testBackends, type TestStack } from '../../testing/stack.ts';
import { client, FIXTURE_SQL, rest } from './fixture.ts';

describe.each(testBackends())('REST filters (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false, fixtureSql: FIXTURE_SQL });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function ids(table: string, query: string): Promise<number[]> {
    const response = await rest(stack, `/${table}?select=id&order=id&${query}`);
    expect(response.status, response.text).toBe(200);
    return (response.json as { id: number }[]).map((row) => row.id);
  }

  describe('operators', () => {
    it.each([
      ['published_year=eq.1969', [2]],
      ['author_id=neq.1', [3, 4, 5, 6]],
      ['pages=gt.250', [2, 5, 6]],
      ['pages=gte.264', [2, 5, 6]],
      ['pages=lt.206', [1]],
      ['pages=lte.206', [1, 3]],
      ['title=like.*of*', [1, 2, 3, 6]],
      ['title=ilike.the*', [2, 3]],
      ['title=match.^[AK]', [1, 5]],
      ['title=imatch.^m', [4]],
      ['id=in.(2,4,6)', [2, 4, 6]],
      ['id=in.()', []],
      ['title=in.("Mort","Kindred")', [4, 5]],
      ['editor_id=is.null', [4, 5]],
      ['editor_id=not.is.null', [1, 2, 3, 6]],
      ['in_print=is.true', [1, 2, 3, 4, 5, 6]],
      ['in_print=is.false', []],
      ['editor_id=isdistinct.1', [1, 2, 4, 5]],
      ['published_year=not.eq.1969', [1, 3, 4, 5, 6]],
      ['tags=cs.{fantasy,humour}', [3, 4]],
      ['tags=cd.{fantasy,classic,scifi}', [1, 2, 5, 6]],
      ['tags=ov.{humour,classic}', [1, 2, 3, 4]],
      ['metadata=cs.{"series":"Discworld"}', [3, 4]],
      ['metadata->>series=eq.Discworld', [3, 4]],
      ['metadata->order=gt.1', [4]],
      ['metadata->awards=cs.["Nebula"]', [2, 6]],
      ['search=fts(english).wizard', [1, 3]],
      ['search=plfts(english).young wizard', [1]],
      ['search=phfts(english).young woman', [6]],
      ['search=wfts(english).wizard -failed', [1]],
      ['id=eq(any).{1,3}', [1, 3]],
      ['title=like(any).{*Earth*,*Magic}', [1, 3]],
      ['pages=gt(all).{200,250}', [2, 5, 6]],
    ])('filters books with %s', async (query, expected) => {
      expect(await ids('books', query)).toEqual(expected);
    });

    it.each([
      ['during=sl.[10,20)', [1, 2]],
      ['during=sr.[10,20)', [3]],
      ['during=nxr.[5,10)', [1, 2]],
      ['during=nxl.[5,10)', [2, 3]],
      ['during=adj.[10,20)', [2, 3]],
      ['during=ov.[3,6)', [1, 2]],
    ])('filters ranges with %s', async (query, expected) => {
      expect(await ids('events', query)).toEqual(expected);
    });

    it('filters through supabase-js', async () => {
      const { data, error } = await client(stack)
        .from('books')
        .select('id')
        .in('id', [1, 2, 3, 4])
        .ilike('title', '%the%')
        .not('editor_id', 'is', null)
        .order('id');

      expect(error).toBeNull();
      expect(data).toEqual([{ id: 2 }, { id: 3 }]);
    });

    it('answers a value of the wrong type with 22P02', async () => {
      const response = await rest(stack, '/books?id=eq.abc');

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        code: '22P02',
        details: null,
        hint: null,
        message: 'invalid input syntax for type bigint: "abc"',
      });
    });
  });

  describe('logic trees', () => {
    it.each([
      ['or=(pages.lt.200,published_year.gt.1990)', [1, 6]],
      ['or=(and(author_id.eq.2,pages.gt.220),id.eq.1)', [1, 4]],
      ['not.or=(author_id.eq.1,author_id.eq.2)', [5, 6]],
      ['and=(tags.cs.{fantasy},or(id.eq.1,id.eq.4))', [1, 4]],
      ['or=(title.eq."The Colour of Magic",title.in.(Mort,Kindred))', [3, 4, 5]],
      ['or=(editor_id.is.null,metadata->>series.eq.Earthsea)', [1, 4, 5]],
    ])('filters books with %s', async (query, expected) => {
      expect(await ids('books', query)).toEqual(expected);
    });

    it('applies or inside an embedded resource', async () => {
      const response = await rest(
        stack,
        '/authors?select=id,books!author_id(id)&books.or=(id.eq.1,id.eq.3)&order=id',
      );

      expect(response.json).toEqual([
        { id: 1, books: [{ id: 1 }] },
        { id: 2, books: [{ id: 3 }] },
        { id: 3, books: [] },
        { id: 4, books: [] },
      ]);
    });

    it('builds or through supabase-js', async () => {
      const { data } = await client(stack)
        .from('books')
        .select('id')
        .or('pages.lt.200,published_year.gt.1990')
        .order('id');

      expect(data).toEqual([{ id: 1 }, { id: 6 }]);
    });
  });

  describe('order', () => {
    it.each([
      ['order=published_year.desc', [6, 4, 3, 5, 2, 1]],
      ['order=editor_id.asc.nullsfirst,id', [4, 5, 3, 6, 1, 2]],
      ['order=editor_id.desc.nullslast,id', [2, 1, 3, 6, 4, 5]],
      ['order=price.desc,id', [4, 6, 5, 2, 1, 3]],
      ['order=metadata->>series.asc.nullslast,id.desc', [4, 3, 1, 6, 5, 2]],
    ])('orders books with %s', async (query, expected) => {
      const response = await rest(stack, `/books?select=id&${query}`);
      expect((response.json as { id: number }[]).map((row) => row.id)).toEqual(expected);
    });
  });

  describe('ranges and counts', () => {
    it('pages with limit and offset', async () => {
      const response = await rest(stack, '/books?select=id&order=id&limit=2&offset=1');

      expect(response.status).toBe(200);
      expect(response.json).toEqual([{ id: 2 }, { id: 3 }]);
      expect(response.headers.get('content-range')).toBe('1-2/*');
    });

    it('answers 206 for a partial page with a count', async () => {
      const response = await rest(stack, '/books?select=id&order=id&limit=2&offset=1', {
        headers: { Prefer: 'count=exact' },
      });

      expect(response.status).toBe(206);
      expect(response.headers.get('content-range')).toBe('1-2/6');
      expect(response.headers.get('preference-applied')).toBe('count=exact');
    });

    it('answers 200 when the page holds every row', async () => {
      const response = await rest(stack, '/books?select=id', {
        headers: { Prefer: 'count=exact' },
      });

      expect(response.status).toBe(200);
      expect(response.headers.get('content-range')).toBe('0-5/6');
    });

    it('reads the Range header', async () => {
      const closed = await rest(stack, '/books?select=id&order=id', { headers: { Range: '0-1' } });
      const open = await rest(stack, '/books?select=id&order=id', { headers: { Range: '4-' } });

      expect(closed.json).toEqual([{ id: 1 }, { id: 2 }]);
      expect(closed.headers.get('content-range')).toBe('0-1/*');
      expect(open.json).toEqual([{ id: 5 }, { id: 6 }]);
      expect(open.headers.get('content-range')).toBe('4-5/*');
    });

    it('intersects the Range header with limit', async () => {
      const response = await rest(stack, '/books?select=id&order=id&limit=3', {
        headers: { Range: '1-4', Prefer: 'count=exact' },
      });

      expect(response.status).toBe(206);
      expect(response.json).toEqual([{ id: 2 }, { id: 3 }]);
      expect(response.headers.get('content-range')).toBe('1-2/6');
    });

    it('answers an offset past the end with 416', async () => {
      const response = await rest(stack, '/books?select=id&offset=10', {
        headers: { Prefer: 'count=exact' },
      });

      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe('*/6');
      expect(response.json).toEqual({
        code: 'PGRST103',
        details: 'An offset of 10 was requested, but there are only 6 rows.',
        hint: null,
        message: 'Requested range not satisfiable',
      });
    });

    it('answers an offset at the end with an empty 206', async () => {
      const response = await rest(stack, '/books?select=id&offset=6', {
        headers: { Prefer: 'count=exact' },
      });

      expect(response.status).toBe(206);
      expect(response.json).toEqual([]);
      expect(response.headers.get('content-range')).toBe('*/6');
    });

    it('returns no rows for limit zero', async () => {
      const response = await rest(stack, '/books?select=id&limit=0');

      expect(response.status).toBe(200);
      expect(response.json).toEqual([]);
      expect(response.headers.get('content-range')).toBe('*/*');
    });

    it('rejects an inverted Range header', async () => {
      const response = await rest(stack, '/books', { headers: { Range: '5-2' } });

      expect(response.status).toBe(416);
      expect(response.json).toEqual({
        code: 'PGRST103',
        details:
          'The lower boundary must be lower than or equal to the upper boundary in the Range header.',
        hint: null,
        message: 'Requested range not satisfiable',
      });
    });

    it('rejects a negative limit', async () => {
      const response = await rest(stack, '/books?limit=-1');

      expect(response.status).toBe(416);
      expect(response.json).toEqual({
        code: 'PGRST103',
        details: 'Limit should be greater than or equal to zero.',
        hint: null,
        message: 'Requested range not satisfiable',
      });
    });

    it('counts through supabase-js ranges', async () => {
      const { data, count, status } = await client(stack)
        .from('books')
        .select('id', { count: 'exact' })
        .order('id')
        .range(1, 2);

      expect(status).toBe(206);
      expect(count).toBe(6);
      expect(data).toEqual([{ id: 2 }, { id: 3 }]);
    });

    it('counts only rows the filters keep', async () => {
      const response = await rest(stack, '/books?select=id&author_id=eq.2&limit=1', {
        headers: { Prefer: 'count=exact' },
      });

      expect(response.headers.get('content-range')).toBe('0-0/2');
    });

    it('gives a planner estimate for count=planned', async () => {
      const response = await rest(stack, '/books?select=id', {
        headers: { Prefer: 'count=planned' },
      });

      expect(response.headers.get('preference-applied')).toBe('count=planned');
      expect(response.headers.get('content-range')).toMatch(/^0-5\/[0-9]+$/);
    });

    it('counts exactly below max_rows for count=estimated', async () => {
      const response = await rest(stack, '/books?select=id', {
        headers: { Prefer: 'count=estimated' },
      });

      expect(response.headers.get('content-range')).toBe('0-5/6');
    });

    it('caps rows at max_rows without an error', async () => {
      const response = await rest(stack, '/many_rows?select=id&order=id', {
        headers: { Prefer: 'count=exact' },
      });
      const rows = response.json as { id: number }[];

      expect(response.status).toBe(206);
      expect(rows).toHaveLength(1000);
      expect(rows[999]).toEqual({ id: 1000 });
      expect(response.headers.get('content-range')).toBe('0-999/1005');
    });

    it('pages past max_rows with offset', async () => {
      const response = await rest(stack, '/many_rows?select=id&order=id&offset=1000');

      expect(response.json).toEqual([
        { id: 1001 },
        { id: 1002 },
        { id: 1003 },
        { id: 1004 },
        { id: 1005 },
      ]);
      expect(response.headers.get('content-range')).toBe('1000-1004/*');
    });

    it('estimates at least the exact count past max_rows', async () => {
      const response = await rest(stack, '/many_rows?select=id&limit=1', {
        headers: { Prefer: 'count=estimated' },
      });
      const total = Number(response.headers.get('content-range')?.split('/')[1]);

      expect(response.status).toBe(206);
      expect(total).toBeGreaterThanOrEqual(1005);
    });

    it('limits embedded resources', async () => {
      const response = await rest(
        stack,
        '/authors?select=id,books!author_id(id)&id=eq.1&books.order=id&books.limit=1&books.offset=1',
      );

      expect(response.json).toEqual([{ id: 1, books: [{ id: 2 }] }]);
    });
  });
});
