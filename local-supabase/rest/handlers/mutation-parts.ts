import { columnNotFound, RestError } from '../errors.ts';
import type { Payload } from '../http/payload.ts';
import type { ReadNode } from '../plan/types.ts';
import type { Column, Table } from '../schema/types.ts';

/** Returns the body as one JSON text, whatever format it came in. */
export function payloadJson(payload: Payload | null): string {
  if (payload === null) return '{}';
  if (payload.kind === 'json' || payload.kind === 'raw-json') return payload.json;
  if (payload.kind === 'form') return JSON.stringify(Object.fromEntries(payload.entries));
  return JSON.stringify(payload.text);
}

/**
 * Returns the columns a write sets: the body's keys, or `columns=` when given, in
 * sorted order as PostgREST keeps them in a set. Unknown ones raise PGRST204.
 */
export function writeColumns(
  table: Table,
  payload: Payload | null,
  columnsParam: string[] | null,
): Column[] {
  let names: string[] = [];
  if (payload?.kind === 'json') names = payload.keys;
  else if (payload?.kind === 'raw-json') names = columnsParam ?? [];
  else if (payload?.kind === 'form') names = payload.entries.map(([key]) => key);
  const unique = [...new Set(names)].sort();
  return unique.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (column === undefined) throw columnNotFound(table.name, name);
    return column;
  });
}

/** Checks `on_conflict` names; Postgres would reject an unknown one with 42703. */
export function conflictColumns(table: Table, names: string[]): string[] {
  for (const name of names) {
    if (!table.columns.some((column) => column.name === name)) {
      throw new RestError(400, { code: '42703', message: `column "${name}" does not exist` });
    }
  }
  return names;
}

/**
 * Returns the columns a write must return so that the select and its embeds can be
 * built on its result: `*`, or the selected columns plus the foreign-key
 * and primary-key columns (`inferColsEmbedNeeds`).
 */
export function returningColumns(plan: ReadNode, primaryKey: string[]): string[] {
  const selected = plan.select.map((item) => item.field.column);
  if (selected.includes('*')) return ['*'];
  const foreignKeys = plan.children.flatMap((child) => {
    const card = child.relationship?.cardinality;
    if (card === undefined) return [];
    if (card.kind === 'm2m') return card.junction.sourceColumns.map(([column]) => column);
    return card.columns.map(([column]) => column);
  });
  return [...new Set([...selected, ...foreignKeys, ...primaryKey])].sort();
}

/** pg-safeupdate, which Supabase loads for the API, rejects UPDATE and DELETE without WHERE. */
export function requireWhere(command: 'UPDATE' | 'DELETE', hasWhere: boolean): void {
  if (hasWhere) return;
  throw new RestError(400, { code: '21000', message: `${command} requires a WHERE clause` });
}

/** Encodes a Location query value as http-types' `renderSimpleQuery` does. */
function encodeQueryPart(value: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-_.~]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/** Builds `/table?pk=eq.value` from the key/value pairs the insert statement returned. */
export function locationHeader(table: string, pairs: string | null | undefined): string | null {
  if (pairs === null || pairs === undefined) return null;
  const entries = JSON.parse(pairs) as [string, string | null][];
  if (entries.length === 0) return null;
  const query = entries
    .map(
      ([key, value]) =>
        `${encodeQueryPart(key)}=${encodeQueryPart(value === null ? 'is.null' : `eq.${value}`)}`,
    )
    .join('&');
  return `/${table}?${query}`;
}
