import { Cursor, runParser } from './cursor.ts';
import { field, fieldName, identifier } from './names.ts';
import type { AggregateFunction, SelectField, SelectItem, SelectRelation } from './types.ts';

/**
 * Parses `select=` into a tree: `alias:col`, `col::type`, `json->a->>b`,
 * `*`, `rel(...)`, `alias:rel!hint!inner(...)`, `...rel(...)` and
 * aggregates (`count()`, `col.sum()`), following PostgREST 12.2's
 * `pFieldForest`.
 */
export function parseSelect(value: string): SelectItem[] {
  return runParser(value, `failed to parse select parameter (${value})`, (cursor) => {
    const items = fieldForest(cursor);
    if (!cursor.eof()) cursor.failAtEnd(['","', 'end of input']);
    return items;
  });
}

function fieldForest(cursor: Cursor): SelectItem[] {
  const items: SelectItem[] = [];
  if (cursor.eof() || cursor.peek() === ')') return items;
  for (;;) {
    items.push(fieldTree(cursor));
    const save = cursor.pos;
    cursor.skipSpaces();
    if (!cursor.accept(',')) {
      cursor.pos = save;
      return items;
    }
    cursor.skipSpaces();
  }
}

function fieldTree(cursor: Cursor): SelectItem {
  const relation =
    cursor.attempt(() => spreadHead(cursor)) ?? cursor.attempt(() => relationHead(cursor));
  if (relation !== null) {
    cursor.expect('(');
    relation.children = fieldForest(cursor);
    cursor.expect(')', '")"');
    return relation;
  }
  return selectField(cursor);
}

function aliasPrefix(cursor: Cursor): string | null {
  return cursor.attempt(() => {
    const alias = fieldName(cursor);
    if (cursor.peek() !== ':' || cursor.peek(1) === ':') cursor.fail(['":"']);
    cursor.pos += 1;
    return alias;
  });
}

function embedParams(cursor: Cursor): { hint: string | null; joinType: 'inner' | 'left' | null } {
  let hint: string | null = null;
  let joinType: 'inner' | 'left' | null = null;
  for (let count = 0; count < 2 && cursor.peek() === '!'; count += 1) {
    cursor.pos += 1;
    const word = cursor.attempt(() => {
      for (const candidate of ['left', 'inner'] as const) {
        if (cursor.accept(candidate)) {
          // `!leftovers` is a hint, not the join type `left` followed by garbage.
          if (cursor.peek() === '(' || cursor.peek() === '!') return candidate;
          cursor.pos -= candidate.length;
        }
      }
      return cursor.fail(['join type']);
    });
    if (word !== null) joinType ??= word;
    else hint ??= fieldName(cursor);
  }
  return { hint, joinType };
}

function spreadHead(cursor: Cursor): SelectRelation {
  cursor.skipSpaces();
  cursor.expect('...');
  const name = fieldName(cursor);
  const { hint, joinType } = embedParams(cursor);
  if (cursor.peek() !== '(') cursor.fail(['"("']);
  return { kind: 'relation', name, alias: null, hint, joinType, spread: true, children: [] };
}

function relationHead(cursor: Cursor): SelectRelation {
  cursor.skipSpaces();
  const alias = aliasPrefix(cursor);
  const name = fieldName(cursor);
  // `count()` is the aggregate, never an embedded resource named count.
  if (name === 'count') cursor.fail(['field']);
  const { hint, joinType } = embedParams(cursor);
  if (cursor.peek() !== '(') cursor.fail(['"("']);
  return { kind: 'relation', name, alias, hint, joinType, spread: false, children: [] };
}

function endOfItem(cursor: Cursor, expecting: string[]): void {
  if (cursor.eof() || cursor.peek() === ')' || cursor.peek() === ',') return;
  cursor.failAtEnd([...expecting, '")"', '","', 'end of input']);
}

function castSuffix(cursor: Cursor): string | null {
  if (!cursor.accept('::')) return null;
  return identifier(cursor);
}

const AGGREGATES: AggregateFunction[] = ['sum', 'avg', 'count', 'max', 'min'];

function selectField(cursor: Cursor): SelectField {
  cursor.skipSpaces();
  const star = cursor.attempt(() => {
    cursor.expect('*');
    endOfItem(cursor, []);
    return true;
  });
  let result: SelectField;
  if (star) {
    result = plainField({ name: '*', jsonPath: [] }, null);
  } else {
    const count = cursor.attempt(() => {
      const alias = aliasPrefix(cursor);
      cursor.expect('count()');
      const aggregateCast = castSuffix(cursor);
      endOfItem(cursor, ['"::"']);
      return {
        ...plainField({ name: '*', jsonPath: [] }, alias),
        aggregate: 'count' as const,
        aggregateCast,
      };
    });
    result = count ?? columnField(cursor);
  }
  cursor.skipSpaces();
  return result;
}

function plainField(fieldValue: SelectField['field'], alias: string | null): SelectField {
  return {
    kind: 'field',
    field: fieldValue,
    alias,
    cast: null,
    aggregate: null,
    aggregateCast: null,
  };
}

function columnField(cursor: Cursor): SelectField {
  const alias = aliasPrefix(cursor);
  const parsed = field(cursor);
  const cast = castSuffix(cursor);
  const aggregate = cursor.attempt(() => {
    cursor.expect('.');
    const name = AGGREGATES.find((candidate) => cursor.startsWith(`${candidate}()`));
    if (name === undefined) return cursor.fail(['aggregate function']);
    cursor.pos += name.length + 2;
    return name;
  });
  const aggregateCast = castSuffix(cursor);
  endOfItem(cursor, ['letter', 'digit', '"-"', '"->>"', '"->"', '"::"', '"."']);
  return { kind: 'field', field: parsed, alias, cast, aggregate, aggregateCast };
}
