import { Cursor, runParser } from './cursor.ts';
import { field, fieldName } from './names.ts';
import type { EmbedPath, OrderTerm } from './types.ts';

function orderEnd(cursor: Cursor, expecting: string[]): void {
  if (cursor.eof() || cursor.peek() === ',') return;
  cursor.failAtEnd([...expecting, '","', 'end of input']);
}

function direction(cursor: Cursor): OrderTerm['direction'] {
  for (const candidate of ['asc', 'desc'] as const) {
    if (cursor.startsWith(`.${candidate}`)) {
      cursor.pos += candidate.length + 1;
      return candidate;
    }
  }
  return null;
}

function nulls(cursor: Cursor): OrderTerm['nulls'] {
  for (const candidate of ['first', 'last'] as const) {
    if (cursor.startsWith(`.nulls${candidate}`)) {
      cursor.pos += candidate.length + 6;
      return candidate;
    }
  }
  return null;
}

function modifiers(cursor: Cursor): Pick<OrderTerm, 'direction' | 'nulls'> {
  const dir = direction(cursor);
  const nullOrder = nulls(cursor);
  if (nullOrder === null && cursor.peek() === '.') {
    cursor.pos += 1;
    const candidates =
      dir === null ? ['asc', 'desc', 'nullsfirst', 'nullslast'] : ['nullsfirst', 'nullslast'];
    cursor.failMismatch(
      candidates[0] as string,
      candidates.map((candidate) => `"${candidate}"`),
    );
  }
  orderEnd(cursor, nullOrder === null ? ['delimiter (.)'] : []);
  return { direction: dir, nulls: nullOrder };
}

function relationTerm(cursor: Cursor): OrderTerm {
  const relation = fieldName(cursor);
  cursor.expect('(');
  const target = field(cursor);
  cursor.expect(')', '")"');
  return { relation, field: target, ...modifiers(cursor) };
}

function term(cursor: Cursor): OrderTerm {
  cursor.skipSpaces();
  const related = cursor.attempt(() => relationTerm(cursor));
  const result = related ?? { relation: null, field: field(cursor), ...modifiers(cursor) };
  cursor.skipSpaces();
  return result;
}

/** Parses `order=name.desc.nullslast,authors(name)` into terms (`pOrder`). */
export function parseOrder(value: string): OrderTerm[] {
  return runParser(value, `failed to parse order (${value})`, (cursor) => {
    const terms = [term(cursor)];
    while (cursor.accept(',')) terms.push(term(cursor));
    return terms;
  });
}

/** Splits an `order` key such as `authors.order` into its embed path. */
export function parseEmbedPath(key: string): EmbedPath {
  return runParser(key, `failed to parse tree path (${key})`, (cursor) => {
    const names = [fieldName(cursor)];
    while (cursor.accept('.')) names.push(fieldName(cursor));
    return names.slice(0, -1);
  });
}

/** Parses `columns=` and `on_conflict=`: names separated by commas. */
export function parseColumnList(value: string, label: string): string[] {
  return runParser(value, `failed to parse ${label} parameter (${value})`, (cursor) => {
    const names = [fieldName(cursor)];
    for (;;) {
      cursor.skipSpaces();
      if (!cursor.accept(',')) break;
      cursor.skipSpaces();
      names.push(fieldName(cursor));
    }
    return names;
  });
}
