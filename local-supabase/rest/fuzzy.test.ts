// Expected suggestions come from the doctests of noRelBetweenHint and
// noRpcHint in PostgREST v12.2.12's src/PostgREST/Error.hs.
import { describe, expect, it } from 'vitest';

import { fuzzyBest, fuzzyMatches } from './fuzzy.ts';

describe('fuzzyBest', () => {
  const tables = ['films', 'directors', 'roles', 'actors'];
  const functions = ['test', 'another'];

  it('suggests the plural of a table', () => {
    expect(fuzzyBest(tables, 'film')).toBe('films');
    expect(fuzzyBest(tables, 'role')).toBe('roles');
  });

  it('suggests nothing without a close name', () => {
    expect(fuzzyBest(tables, 'noclosealternative')).toBeNull();
  });

  it('suggests functions', () => {
    expect(fuzzyBest(functions, 'testt')).toBe('test');
    expect(fuzzyBest(functions, 'other')).toBe('another');
    expect(fuzzyBest(functions, 'noclosealternative')).toBeNull();
  });

  it('matches parameter lists', () => {
    const lists = ['(name, param, val)', '(attr, id)'];

    expect(fuzzyBest(lists, '(nam, pqaram, vall)')).toBe('(name, param, val)');
    expect(fuzzyBest(lists, '(param, val)')).toBe('(name, param, val)');
    expect(fuzzyBest(lists, '(attrs, id)')).toBe('(attr, id)');
    expect(fuzzyBest(lists, '(id)')).toBe('(attr, id)');
    expect(fuzzyBest(lists, '(noclosealternative)')).toBeNull();
  });

  it('scores an exact match 1 whatever the case', () => {
    expect(fuzzyMatches(tables, 'Actors')).toEqual([{ score: 1, value: 'actors' }]);
  });
});
