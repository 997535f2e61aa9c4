// Expected trees and error texts come from the doctests in PostgREST
// v12.2.12's src/PostgREST/ApiRequest/QueryParams.hs and its
// test/spec/Feature/Query/QuerySpec.hs. `details` are compared in full only
// where Parsec's wording is reproduced; elsewhere only their start.
import { describe, expect, it } from 'vitest';

import { RestError } from './errors.ts';
import { looksLikeFilter, parseFilter } from './parse/filter.ts';
import { parseLogic } from './parse/logic.ts';
import { parseOrder } from './parse/order.ts';
import { parseQueryParams } from './parse/query.ts';
import { parseSelect } from './parse/select.ts';
import type { SelectField } from './parse/types.ts';

function plain(name: string, extra: Partial<SelectField> = {}): SelectField {
  return {
    kind: 'field',
    field: { name, jsonPath: [] },
    alias: null,
    cast: null,
    aggregate: null,
    aggregateCast: null,
    ...extra,
  };
}

function parseError(run: () => unknown): RestError {
  try {
    run();
  } catch (error) {
    if (error instanceof RestError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseSelect', () => {
  it('reads plain columns', () => {
    expect(parseSelect('name,location')).toEqual([plain('name'), plain('location')]);
  });

  it('reads an empty select as no items', () => {
    expect(parseSelect('')).toEqual([]);
  });

  it('reads alias, cast and json path', () => {
    expect(parseSelect('alias:name->jsonpath::cast')).toEqual([
      {
        ...plain('name', { alias: 'alias', cast: 'cast' }),
        field: {
          name: 'name',
          jsonPath: [{ arrow: '->', operand: { kind: 'key', value: 'jsonpath' } }],
        },
      },
    ]);
  });

  it('reads json arrows with indexes and keys', () => {
    const [item] = parseSelect('data->0->>name');
    expect(item).toMatchObject({
      field: {
        name: 'data',
        jsonPath: [
          { arrow: '->', operand: { kind: 'index', value: '+0' } },
          { arrow: '->>', operand: { kind: 'key', value: 'name' } },
        ],
      },
    });
  });

  it('reads a negative json index', () => {
    const [item] = parseSelect('data->>-1');
    expect(item).toMatchObject({
      field: { jsonPath: [{ arrow: '->>', operand: { kind: 'index', value: '-1' } }] },
    });
  });

  it('reads special characters in a json key', () => {
    const [item] = parseSelect('name->!@#$%^&*_a');
    expect(item).toMatchObject({
      field: { jsonPath: [{ arrow: '->', operand: { kind: 'key', value: '!@#$%^&*_a' } }] },
    });
  });

  it('reads dashes and spaces in names', () => {
    expect(parseSelect('identifier-with-dashes, other name ')).toEqual([
      plain('identifier-with-dashes'),
      plain('other name'),
    ]);
  });

  it('reads quoted names', () => {
    expect(parseSelect('"a,b":"x:y"')).toEqual([plain('x:y', { alias: 'a,b' })]);
  });

  it('reads nested embedded resources', () => {
    expect(parseSelect('*,client(*,nested(*))')).toEqual([
      plain('*'),
      {
        kind: 'relation',
        name: 'client',
        alias: null,
        hint: null,
        joinType: null,
        spread: false,
        children: [
          plain('*'),
          {
            kind: 'relation',
            name: 'nested',
            alias: null,
            hint: null,
            joinType: null,
            spread: false,
            children: [plain('*')],
          },
        ],
      },
    ]);
  });

  it('reads hints, join types and aliases on relations', () => {
    const [first, second] = parseSelect('alias:rel!inner!hint(*),other!fk_name!left(id)');
    expect(first).toMatchObject({ name: 'rel', alias: 'alias', hint: 'hint', joinType: 'inner' });
    expect(second).toMatchObject({ name: 'other', alias: null, hint: 'fk_name', joinType: 'left' });
  });

  it('reads spreads', () => {
    const [, spread] = parseSelect('*,...client!hint(name)');
    expect(spread).toEqual({
      kind: 'relation',
      name: 'client',
      alias: null,
      hint: 'hint',
      joinType: null,
      spread: true,
      children: [plain('name')],
    });
  });

  it('reads empty embeds', () => {
    const [, embed] = parseSelect('id,clients!inner()');
    expect(embed).toMatchObject({ name: 'clients', joinType: 'inner', children: [] });
  });

  it('reads aggregates', () => {
    expect(parseSelect('count(),total:amount.sum()::int')).toEqual([
      plain('*', { aggregate: 'count' }),
      plain('amount', { alias: 'total', aggregate: 'sum', aggregateCast: 'int' }),
    ]);
  });

  it('rejects a bracket after a column', () => {
    const error = parseError(() => parseSelect('id,clients(name[])'));
    expect(error.status).toBe(400);
    expect(error.body.code).toBe('PGRST100');
    expect(error.body.message).toBe(
      '"failed to parse select parameter (id,clients(name[]))" (line 1, column 16)',
    );
    expect(error.body.details).toMatch(/^unexpected '\[' expecting/);
    expect(error.body.hint).toBeNull();
  });

  it('rejects a hint on a column', () => {
    const error = parseError(() => parseSelect('name!hint'));
    expect(error.body.message).toBe(
      '"failed to parse select parameter (name!hint)" (line 1, column 5)',
    );
  });

  it('rejects an unclosed embed', () => {
    const error = parseError(() => parseSelect('id,authors(name'));
    expect(error.body.code).toBe('PGRST100');
    expect(error.body.details).toMatch(/^unexpected end of input/);
  });
});

describe('parseFilter', () => {
  it('reads an eq filter', () => {
    expect(parseFilter('id', 'eq.1')).toEqual({
      path: [],
      filter: {
        field: { name: 'id', jsonPath: [] },
        negated: false,
        operation: { kind: 'quant', operator: 'eq', quantifier: null, value: '1' },
      },
    });
  });

  it('reads the embed path of a filter', () => {
    expect(parseFilter('a.b', 'eq.0').path).toEqual(['a']);
  });

  it('keeps dots in the value', () => {
    expect(parseFilter('v', 'eq.1.5').filter.operation).toMatchObject({ value: '1.5' });
  });

  it('reads quantifiers and negation', () => {
    expect(parseFilter('id', 'not.eq(all).{1,2}').filter).toMatchObject({
      negated: true,
      operation: { kind: 'quant', operator: 'eq', quantifier: 'all', value: '{1,2}' },
    });
  });

  it('tells gt from gte and like from ilike', () => {
    expect(parseFilter('a', 'gte.1').filter.operation).toMatchObject({ operator: 'gte' });
    expect(parseFilter('a', 'gt.1').filter.operation).toMatchObject({ operator: 'gt' });
    expect(parseFilter('a', 'ilike.*x*').filter.operation).toMatchObject({ operator: 'ilike' });
    expect(parseFilter('a', 'imatch.^x').filter.operation).toMatchObject({ operator: 'imatch' });
  });

  it('reads every simple operator', () => {
    for (const operator of ['neq', 'cs', 'cd', 'ov', 'sl', 'sr', 'nxr', 'nxl', 'adj']) {
      expect(parseFilter('a', `${operator}.v`).filter.operation).toEqual({
        kind: 'simple',
        operator,
        value: 'v',
      });
    }
  });

  it('reads in lists with quotes', () => {
    expect(parseFilter('name', 'in.("a,b",c, d)').filter.operation).toEqual({
      kind: 'in',
      values: ['a,b', 'c', ' d'],
    });
  });

  it('reads is with any case', () => {
    expect(parseFilter('a', 'is.NULL').filter.operation).toEqual({ kind: 'is', value: 'null' });
    expect(parseFilter('a', 'not.is.true').filter).toMatchObject({
      negated: true,
      operation: { kind: 'is', value: 'true' },
    });
  });

  it('reads isdistinct', () => {
    expect(parseFilter('a', 'isdistinct.x').filter.operation).toEqual({
      kind: 'isdistinct',
      value: 'x',
    });
  });

  it('reads full-text search with a language', () => {
    expect(parseFilter('body', 'wfts(english).cat dog').filter.operation).toEqual({
      kind: 'fts',
      operator: 'wfts',
      language: 'english',
      value: 'cat dog',
    });
    expect(parseFilter('body', 'plfts.cat').filter.operation).toMatchObject({
      operator: 'plfts',
      language: null,
    });
  });

  it('reads a json path in the key', () => {
    expect(parseFilter('data->>name', 'eq.x').filter.field).toEqual({
      name: 'data',
      jsonPath: [{ arrow: '->>', operand: { kind: 'key', value: 'name' } }],
    });
  });

  it('rejects an unknown operator', () => {
    const error = parseError(() => parseFilter('a.b', 'noop.0'));
    expect(error.body).toEqual({
      code: 'PGRST100',
      details: 'unexpected "o" expecting "not" or operator (eq, gt, ...)',
      hint: null,
      message: '"failed to parse filter (noop.0)" (line 1, column 1)',
    });
  });

  it('rejects a value without operator', () => {
    const error = parseError(() => parseFilter('id', 'val'));
    expect(error.body.message).toBe('"failed to parse filter (val)" (line 1, column 1)');
  });

  it('rejects a bare number', () => {
    const error = parseError(() => parseFilter('id', '0'));
    expect(error.body).toEqual({
      code: 'PGRST100',
      details: 'unexpected "0" expecting "not" or operator (eq, gt, ...)',
      hint: null,
      message: '"failed to parse filter (0)" (line 1, column 1)',
    });
  });

  it('rejects an empty quantifier', () => {
    expect(() => parseFilter('a', 'eq().value')).toThrow(RestError);
  });
});

describe('looksLikeFilter', () => {
  it('tells filters from rpc arguments', () => {
    expect(looksLikeFilter('eq.1')).toBe(true);
    expect(looksLikeFilter('not.in.(1,2)')).toBe(true);
    expect(looksLikeFilter('2024-01-01')).toBe(false);
    expect(looksLikeFilter('ilike')).toBe(false);
    expect(looksLikeFilter('hello')).toBe(false);
  });
});

describe('parseLogic', () => {
  it('reads nested trees', () => {
    expect(parseLogic('or', '(id.eq.1,and(name.ilike.*a*,not.or(x.is.null,y.gt.2)))')).toEqual({
      path: [],
      tree: {
        kind: 'expr',
        negated: false,
        operator: 'or',
        children: [
          {
            kind: 'filter',
            filter: {
              field: { name: 'id', jsonPath: [] },
              negated: false,
              operation: { kind: 'quant', operator: 'eq', quantifier: null, value: '1' },
            },
          },
          {
            kind: 'expr',
            negated: false,
            operator: 'and',
            children: [
              {
                kind: 'filter',
                filter: {
                  field: { name: 'name', jsonPath: [] },
                  negated: false,
                  operation: { kind: 'quant', operator: 'ilike', quantifier: null, value: '*a*' },
                },
              },
              {
                kind: 'expr',
                negated: true,
                operator: 'or',
                children: [
                  {
                    kind: 'filter',
                    filter: {
                      field: { name: 'x', jsonPath: [] },
                      negated: false,
                      operation: { kind: 'is', value: 'null' },
                    },
                  },
                  {
                    kind: 'filter',
                    filter: {
                      field: { name: 'y', jsonPath: [] },
                      negated: false,
                      operation: { kind: 'quant', operator: 'gt', quantifier: null, value: '2' },
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
  });

  it('reads negated and embedded keys', () => {
    const parsed = parseLogic('authors.not.and', '(a.eq.1,b.eq.2)');
    expect(parsed.path).toEqual(['authors']);
    expect(parsed.tree).toMatchObject({ kind: 'expr', negated: true, operator: 'and' });
  });

  it('reads quoted values and array literals', () => {
    const { tree } = parseLogic('or', '(name.eq."a,b",tags.cs.{x,y},id.in.(1,2))');
    expect(tree.kind === 'expr' && tree.children.map((child) => child.kind)).toEqual([
      'filter',
      'filter',
      'filter',
    ]);
    if (tree.kind !== 'expr') throw new Error('expected an expression');
    expect(tree.children[0]).toMatchObject({ filter: { operation: { value: 'a,b' } } });
    expect(tree.children[1]).toMatchObject({ filter: { operation: { value: '{x,y}' } } });
    expect(tree.children[2]).toMatchObject({
      filter: { operation: { kind: 'in', values: ['1', '2'] } },
    });
  });

  it('rejects an empty tree', () => {
    const error = parseError(() => parseLogic('or', '()'));
    expect(error.body.message).toBe('"failed to parse logic tree (())" (line 1, column 4)');
  });

  it('rejects an unknown logic operator', () => {
    const error = parseError(() => parseLogic('or', '(id.eq.1,not.xor(id.eq.2,id.eq.3))'));
    expect(error.body.message).toBe(
      '"failed to parse logic tree ((id.eq.1,not.xor(id.eq.2,id.eq.3)))" (line 1, column 16)',
    );
    expect(error.body.details).toBe('unexpected "x" expecting logic operator (and, or)');
  });
});

describe('parseOrder', () => {
  it('reads direction and nulls', () => {
    expect(parseOrder('name.desc.nullsfirst,id')).toEqual([
      { relation: null, field: { name: 'name', jsonPath: [] }, direction: 'desc', nulls: 'first' },
      { relation: null, field: { name: 'id', jsonPath: [] }, direction: null, nulls: null },
    ]);
  });

  it('reads nulls without direction', () => {
    expect(parseOrder('name.nullslast')).toEqual([
      { relation: null, field: { name: 'name', jsonPath: [] }, direction: null, nulls: 'last' },
    ]);
  });

  it('reads related terms with json paths', () => {
    expect(parseOrder('clients(json_col->key).desc.nullsfirst')).toEqual([
      {
        relation: 'clients',
        field: {
          name: 'json_col',
          jsonPath: [{ arrow: '->', operand: { kind: 'key', value: 'key' } }],
        },
        direction: 'desc',
        nulls: 'first',
      },
    ]);
  });

  it('rejects a misspelt direction', () => {
    const error = parseError(() => parseOrder('id.ac'));
    expect(error.body.code).toBe('PGRST100');
    expect(error.body.message).toBe('"failed to parse order (id.ac)" (line 1, column 4)');
    expect(error.body.details).toBe(
      'unexpected "c" expecting "asc", "desc", "nullsfirst" or "nullslast"',
    );
  });

  it('rejects a misspelt nulls order', () => {
    const error = parseError(() => parseOrder('id.asc.nlsfst'));
    expect(error.body.message).toBe('"failed to parse order (id.asc.nlsfst)" (line 1, column 8)');
    expect(error.body.details).toBe('unexpected "l" expecting "nullsfirst" or "nullslast"');
  });

  it('rejects trailing characters', () => {
    const error = parseError(() => parseOrder('id.descc'));
    expect(error.body.message).toBe('"failed to parse order (id.descc)" (line 1, column 8)');
    expect(error.body.details).toBe(
      'unexpected \'c\' expecting delimiter (.), "," or end of input',
    );
  });

  it('rejects characters after nulls order', () => {
    const error = parseError(() => parseOrder('id.asc.nullslasttt'));
    expect(error.body).toEqual({
      code: 'PGRST100',
      details: 'unexpected \'t\' expecting "," or end of input',
      hint: null,
      message: '"failed to parse order (id.asc.nullslasttt)" (line 1, column 17)',
    });
  });
});

describe('parseQueryParams', () => {
  it('sorts parameters by kind', () => {
    const params = parseQueryParams(
      new URLSearchParams(
        'select=id,authors(name)&id=gt.1&authors.name=eq.x&order=id.desc&authors.order=name' +
          '&limit=10&offset=5&authors.limit=2&or=(id.eq.1,id.eq.2)&on_conflict=id&columns=a,b',
      ),
      false,
    );
    expect(params.select).toHaveLength(2);
    expect(params.filters.map(({ path, filter }) => [path, filter.field.name])).toEqual([
      [[], 'id'],
      [['authors'], 'name'],
    ]);
    expect(params.order.map(({ path }) => path)).toEqual([[], ['authors']]);
    expect(params.ranges.get('')).toEqual({ offset: 5, limit: 10 });
    expect(params.ranges.get('authors')).toEqual({ offset: 0, limit: 2 });
    expect(params.logic).toHaveLength(1);
    expect(params.onConflict).toEqual(['id']);
    expect(params.columns).toEqual(['a', 'b']);
    expect(params.rootLimitZero).toBe(false);
  });

  it('defaults select to star', () => {
    expect(parseQueryParams(new URLSearchParams(''), false).select).toEqual([plain('*')]);
  });

  it('ignores unreadable limits', () => {
    const params = parseQueryParams(new URLSearchParams('limit=abc&offset=2'), false);
    expect(params.ranges.get('')).toEqual({ offset: 2, limit: null });
  });

  it('flags a zero limit', () => {
    expect(parseQueryParams(new URLSearchParams('limit=0'), false).rootLimitZero).toBe(true);
  });

  it('splits rpc arguments from filters', () => {
    const params = parseQueryParams(new URLSearchParams('a=1&b=hello&id=gt.3&select=x'), true);
    expect(params.rpcArguments).toEqual([
      ['a', '1'],
      ['b', 'hello'],
    ]);
    expect(params.filters.map(({ filter }) => filter.field.name)).toEqual(['id']);
  });

  it('builds the canonical query', () => {
    const params = parseQueryParams(new URLSearchParams('select=a,b&id=eq.1 2'), false);
    expect(params.canonical).toBe('id=eq.1%202&select=a%2cb');
  });

  it('reports the order parameter before the select', () => {
    const error = parseError(() =>
      parseQueryParams(new URLSearchParams('select=a[&order=id.x'), false),
    );
    expect(error.body.message).toBe('"failed to parse order (id.x)" (line 1, column 4)');
  });
});
