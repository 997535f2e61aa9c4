import { Cursor, runParser } from './cursor.ts';
import { fieldName, identifier, jsonPath, quotedValue } from './names.ts';
import type {
  EmbedPath,
  Field,
  Filter,
  FtsOperator,
  Operation,
  QuantOperator,
  SimpleOperator,
} from './types.ts';

const OPERATOR_EXPECTING = 'operator (eq, gt, ...)';

// Order matters: `gte` before `gt`, `like` before `ilike` cannot clash, as in PostgREST.
const QUANT_OPERATORS: QuantOperator[] = [
  'eq',
  'gte',
  'gt',
  'lte',
  'lt',
  'like',
  'ilike',
  'match',
  'imatch',
];
const SIMPLE_OPERATORS: SimpleOperator[] = [
  'neq',
  'cs',
  'cd',
  'ov',
  'sl',
  'sr',
  'nxr',
  'nxl',
  'adj',
];
const FTS_OPERATORS: FtsOperator[] = ['fts', 'plfts', 'phfts', 'wfts'];
const TRILEAN = ['null', 'unknown', 'true', 'false'] as const;

export type ValueParser = (cursor: Cursor) => string;

/** Reads the rest of the value, for filters given as query parameters. */
export const singleValue: ValueParser = (cursor) => {
  const value = cursor.rest;
  cursor.pos = cursor.input.length;
  return value;
};

export function untilComma(cursor: Cursor): string {
  const start = cursor.pos;
  while (!cursor.eof() && !',)'.includes(cursor.peek())) cursor.pos += 1;
  return cursor.input.slice(start, cursor.pos);
}

function listElement(cursor: Cursor): string {
  const quoted = cursor.attempt(() => {
    const value = quotedValue(cursor);
    if (!cursor.eof() && !',)'.includes(cursor.peek())) cursor.fail(['","', '")"']);
    return value;
  });
  return quoted ?? untilComma(cursor);
}

function listValue(cursor: Cursor): string[] {
  cursor.skipSpaces();
  cursor.expect('(');
  cursor.skipSpaces();
  const values = [listElement(cursor)];
  while (cursor.accept(',')) values.push(listElement(cursor));
  cursor.skipSpaces();
  cursor.expect(')', '")"');
  cursor.skipSpaces();
  return values;
}

export function delimiter(cursor: Cursor): void {
  cursor.expect('.', 'delimiter (.)');
}

function operation(cursor: Cursor, value: ValueParser): Operation {
  if (cursor.startsWith('in.')) {
    cursor.pos += 3;
    return { kind: 'in', values: listValue(cursor) };
  }
  if (cursor.startsWith('is.')) {
    cursor.pos += 3;
    const word = TRILEAN.find(
      (candidate) => cursor.rest.slice(0, candidate.length).toLowerCase() === candidate,
    );
    if (word === undefined) cursor.fail(['null or trilean value (unknown, true, false)']);
    cursor.pos += word.length;
    return { kind: 'is', value: word };
  }
  if (cursor.startsWith('isdistinct.')) {
    cursor.pos += 'isdistinct.'.length;
    return { kind: 'isdistinct', value: value(cursor) };
  }
  const fts = cursor.attempt(() => {
    const operator = FTS_OPERATORS.find((candidate) => cursor.startsWith(candidate));
    if (operator === undefined) return cursor.fail([OPERATOR_EXPECTING]);
    cursor.pos += operator.length;
    const language = cursor.attempt(() => {
      cursor.expect('(');
      const name = identifier(cursor);
      cursor.expect(')');
      return name;
    });
    delimiter(cursor);
    return { kind: 'fts' as const, operator, language, value: value(cursor) };
  });
  if (fts !== null) return fts;
  const simple = cursor.attempt(() => {
    const operator = SIMPLE_OPERATORS.find((candidate) => cursor.startsWith(candidate));
    if (operator === undefined) return cursor.fail([OPERATOR_EXPECTING]);
    cursor.pos += operator.length;
    delimiter(cursor);
    return { kind: 'simple' as const, operator, value: value(cursor) };
  });
  if (simple !== null) return simple;
  const quant = cursor.attempt(() => {
    const operator = QUANT_OPERATORS.find((candidate) => cursor.startsWith(candidate));
    if (operator === undefined) return cursor.fail([OPERATOR_EXPECTING]);
    cursor.pos += operator.length;
    let quantifier: 'any' | 'all' | null = null;
    if (cursor.startsWith('(any)')) quantifier = 'any';
    else if (cursor.startsWith('(all)')) quantifier = 'all';
    if (quantifier !== null) cursor.pos += 5;
    delimiter(cursor);
    return { kind: 'quant' as const, operator, quantifier, value: value(cursor) };
  });
  if (quant !== null) return quant;
  return cursor.fail([OPERATOR_EXPECTING]);
}

/** `[not.]operator.value` (`pOpExpr`). */
export function operatorExpression(
  cursor: Cursor,
  value: ValueParser,
): { negated: boolean; operation: Operation } {
  const negated = cursor.startsWith('not.');
  if (negated) cursor.pos += 4;
  const start = cursor.pos;
  try {
    return { negated, operation: operation(cursor, value) };
  } catch (error) {
    // Report a bad operator where it starts, with "not" as an alternative when it was absent.
    if (cursor.pos === start && !negated) cursor.failMismatch('not', ['"not"', OPERATOR_EXPECTING]);
    throw error;
  }
}

/** Splits a filter key such as `authors.name->>x` into the embed path and the field. */
export function parseTreePath(key: string): { path: EmbedPath; field: Field } {
  return runParser(key, `failed to parse tree path (${key})`, (cursor) => {
    const names = [fieldName(cursor)];
    while (cursor.accept('.')) names.push(fieldName(cursor));
    const path = jsonPath(cursor);
    const name = names.pop() as string;
    return { path: names, field: { name, jsonPath: path } };
  });
}

/** Parses one filter parameter, e.g. `id=eq.1` or `authors.name=ilike.*x*`. */
export function parseFilter(key: string, value: string): { path: EmbedPath; filter: Filter } {
  const { path, field: target } = parseTreePath(key);
  const expression = runParser(value, `failed to parse filter (${value})`, (cursor) =>
    operatorExpression(cursor, singleValue),
  );
  return { path, filter: { field: target, ...expression } };
}

/** True when an RPC GET parameter's value is a filter rather than an argument. */
export function looksLikeFilter(value: string): boolean {
  const cursor = new Cursor(value, '');
  return cursor.attempt(() => operatorExpression(cursor, singleValue)) !== null;
}
