import { Cursor } from './cursor.ts';
import type { Field, JsonOperation } from './types.ts';

/** Names, quoted values and JSON paths: the lexical pieces of PostgREST's query grammar. */

const FIELD_NAME_EXPECTING = 'field name (* or [a..z0..9_$])';
const IDENTIFIER_CHAR = /[\p{L}0-9_ $]/u;

/** `"..."` with backslash escapes, as PostgREST's `pQuotedValue`. */
export function quotedValue(cursor: Cursor): string {
  cursor.expect('"');
  let value = '';
  for (;;) {
    if (cursor.eof()) cursor.fail(['"\\""']);
    const char = cursor.peek();
    if (char === '"') {
      cursor.pos += 1;
      return value;
    }
    if (char === '\\') {
      cursor.pos += 1;
      if (cursor.eof()) cursor.fail(['any character']);
    }
    value += cursor.peek();
    cursor.pos += 1;
  }
}

/** Letters, digits, `_`, space and `$`, trimmed (`pIdentifier`). */
export function identifier(cursor: Cursor, expecting = 'letter or digit'): string {
  const start = cursor.pos;
  while (!cursor.eof() && IDENTIFIER_CHAR.test(cursor.peek())) cursor.pos += 1;
  if (cursor.pos === start) cursor.fail([expecting]);
  return cursor.input.slice(start, cursor.pos).trim();
}

/** Parts joined by `-` where the dash does not start `->` (`sepByDash`). */
function sepByDash(cursor: Cursor, part: (cursor: Cursor) => string): string {
  const parts = [part(cursor)];
  while (cursor.peek() === '-' && cursor.peek(1) !== '>') {
    cursor.pos += 1;
    parts.push(part(cursor));
  }
  return parts.join('-');
}

export function fieldName(cursor: Cursor): string {
  if (cursor.peek() === '"') return quotedValue(cursor);
  if (!IDENTIFIER_CHAR.test(cursor.peek())) cursor.fail([FIELD_NAME_EXPECTING]);
  return sepByDash(cursor, (inner) => identifier(inner, FIELD_NAME_EXPECTING));
}

function jsonKeyIdentifier(cursor: Cursor): string {
  const start = cursor.pos;
  while (!cursor.eof() && !'(-:.,>)'.includes(cursor.peek())) cursor.pos += 1;
  if (cursor.pos === start) cursor.fail(['any non reserved character different from: .,>()']);
  return cursor.input.slice(start, cursor.pos).trim();
}

function jsonKeyName(cursor: Cursor): string {
  if (cursor.peek() === '"') return quotedValue(cursor);
  return sepByDash(cursor, jsonKeyIdentifier);
}

/**
 * Reads an array index, which ends only before `->`, `::`, `.`, `,` or the
 * end. Before anything else, even `)`, PostgREST reads the digits as a key.
 */
function jsonIndex(cursor: Cursor): string | null {
  return cursor.attempt(() => {
    const sign = cursor.accept('-') ? '-' : '+';
    const start = cursor.pos;
    while (/[0-9]/.test(cursor.peek())) cursor.pos += 1;
    if (cursor.pos === start) cursor.fail(['digit']);
    const digits = cursor.input.slice(start, cursor.pos);
    const ended = ['->', '::', '.', ','].some((end) => cursor.startsWith(end)) || cursor.eof();
    if (!ended) cursor.failAtEnd(['digit', '"->"', '"::"', '"."', '","', 'end of input']);
    return sign + digits;
  });
}

export function jsonPath(cursor: Cursor): JsonOperation[] {
  const path: JsonOperation[] = [];
  for (;;) {
    let arrow: JsonOperation['arrow'];
    if (cursor.startsWith('->>')) arrow = '->>';
    else if (cursor.startsWith('->')) arrow = '->';
    else return path;
    cursor.pos += arrow.length;
    const index = jsonIndex(cursor);
    if (index !== null) {
      path.push({ arrow, operand: { kind: 'index', value: index } });
    } else {
      path.push({ arrow, operand: { kind: 'key', value: jsonKeyName(cursor) } });
    }
  }
}

/** Reads a column name with an optional JSON path and blanks around it (`pField`). */
export function field(cursor: Cursor): Field {
  cursor.skipSpaces();
  const name = fieldName(cursor);
  const path = jsonPath(cursor);
  cursor.skipSpaces();
  return { name, jsonPath: path };
}
