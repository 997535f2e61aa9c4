import {
  Cursor,
  field,
  fieldName,
  identifier,
  jsonPath,
  quotedValue,
  runParser,
} from './cursor.ts';
import type {
  EmbedPath,
  Field,
  Filter,
  FtsOperator,
  LogicTree,
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

type ValueParser = (cursor: Cursor) => string;

/** The rest of the value, used for filters given as query parameters. */
export const singleValue: ValueParser = (cursor) => {
  const value = cursor.rest;
  cursor.pos = cursor.input.length;
  return value;
};

/** A value inside `or=(...)`: quoted, a `{...}` array literal, or up to the next `,` or `)`. */
export const logicValue: ValueParser = (cursor) => {
  const quoted = cursor.attempt(() => {
    const value = quotedValue(cursor);
    if (!cursor.eof() && !',)'.includes(cursor.peek())) cursor.fail(['","', '")"']);
    return value;
  });
  if (quoted !== null) return quoted;
  if (cursor.peek() === '{') {
    const close = cursor.input.indexOf('}', cursor.pos);
    const inner = close === -1 ? '' : cursor.input.slice(cursor.pos + 1, close);
    if (close !== -1 && !inner.includes('{')) {
      const value = cursor.input.slice(cursor.pos, close + 1);
      cursor.pos = close + 1;
      return value;
    }
  }
  return untilComma(cursor);
};

function untilComma(cursor: Cursor): string {
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

function delimiter(cursor: Cursor): void {
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

function logicTree(cursor: Cursor): LogicTree {
  const filter = cursor.attempt((): Filter => {
    const target = field(cursor);
    delimiter(cursor);
    return { field: target, ...operatorExpression(cursor, logicValue) };
  });
  if (filter !== null) return { kind: 'filter', filter };
  const negated = cursor.accept('not.');
  let operator: 'and' | 'or';
  if (cursor.accept('and')) operator = 'and';
  else if (cursor.accept('or')) operator = 'or';
  else return cursor.fail(['logic operator (and, or)']);
  cursor.skipSpaces();
  cursor.expect('(');
  cursor.skipSpaces();
  const children = [logicTree(cursor)];
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.accept(',')) break;
    cursor.skipSpaces();
    children.push(logicTree(cursor));
  }
  cursor.expect(')', '")"');
  cursor.skipSpaces();
  return { kind: 'expr', negated, operator, children };
}

/** Parses `or=(...)`, `not.and=(...)` or `rel.or=(...)` into its embed path and tree. */
export function parseLogic(key: string, value: string): { path: EmbedPath; tree: LogicTree } {
  const parts = runParser(key, `failed to parse logic path (${key})`, (cursor) => {
    const names = [fieldName(cursor)];
    while (cursor.accept('.')) names.push(fieldName(cursor));
    return names;
  });
  const operator = parts[parts.length - 1] as string;
  const negated = parts.includes('not');
  const path = parts.slice(0, -1).filter((part) => part !== 'not');
  const text = `${negated ? 'not.' : ''}${operator}${value}`;
  const tree = runParser(text, `failed to parse logic tree (${value})`, logicTree);
  return { path, tree };
}
