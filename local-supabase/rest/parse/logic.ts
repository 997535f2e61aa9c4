import { Cursor, runParser } from './cursor.ts';
import { delimiter, operatorExpression, untilComma, type ValueParser } from './filter.ts';
import { field, fieldName, quotedValue } from './names.ts';
import type { EmbedPath, Filter, LogicTree } from './types.ts';

/** Reads a value inside `or=(...)`: quoted, a `{...}` array literal, or up to the next `,` or `)`. */
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
