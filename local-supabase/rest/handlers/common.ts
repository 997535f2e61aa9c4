import type { Queryable } from '../../db/types.ts';
import type { RestContext } from '../context.ts';
import { singularityError, tableNotFound } from '../errors.ts';
import { fuzzyBest } from '../fuzzy.ts';
import type { RestRequest } from '../http/request.ts';
import type { Preferences } from '../http/prefer.ts';
import type { ReadNode } from '../plan/types.ts';
import { SqlParams } from '../sql/fragments.ts';
import { countQuery } from '../sql/read.ts';
import { qualifiedKey, type SchemaCache, type Table } from '../schema/types.ts';
import type { RequestSettings } from '../transaction.ts';

export interface HandlerContext {
  ctx: RestContext;
  request: RestRequest;
  cache: SchemaCache;
}

/** One row of a wrapped statement (see sql/statements.ts). */
export interface StatementRow {
  total_result_set: string | null;
  page_total: string;
  body: string;
  response_headers: string | null;
  response_status: string | null;
  location?: string | null;
  inserted?: string | null;
}

export function requestSettings(request: RestRequest): RequestSettings {
  return {
    method: request.method,
    path: request.path,
    schema: request.schema,
    headers: request.headers,
    timezone: request.prefs.timezone,
  };
}

/** Finds the table or view named in the path, or raises PGRST205 with the closest name as a hint. */
export function lookupTable(cache: SchemaCache, schema: string, name: string): Table {
  const table = cache.tables.get(qualifiedKey({ schema, name }));
  if (table !== undefined) return table;
  const names = [...cache.tables.values()].filter((t) => t.schema === schema).map((t) => t.name);
  throw tableNotFound(schema, name, fuzzyBest(names, name));
}

export async function runStatement(
  tx: Queryable,
  sql: string,
  params: SqlParams,
): Promise<StatementRow> {
  const result = await tx.query<StatementRow>(sql, params.values);
  const row = result.rows[0];
  if (row === undefined) throw new Error('the wrapped statement returned no row');
  return row;
}

/** Builds the count query for `Prefer: count=...`; estimated counts stop one past `max_rows`. */
export function countSqlFor(
  prefs: Preferences,
  plan: ReadNode,
  params: SqlParams,
  maxRows: number | null,
): string | null {
  if (prefs.count !== 'exact' && prefs.count !== 'estimated') return null;
  const sql = countQuery(plan, params);
  if (prefs.count === 'estimated' && maxRows !== null) return `${sql} LIMIT ${maxRows + 1}`;
  return sql;
}

/** Reads the planner's row estimate for the count query (`Prefer: count=planned`). */
async function plannedRows(tx: Queryable, plan: ReadNode): Promise<number | null> {
  const params = new SqlParams();
  const sql = `EXPLAIN (FORMAT JSON) ${countQuery(plan, params)}`;
  const result = await tx.query<Record<string, unknown>>(sql, params.values);
  const cell = Object.values(result.rows[0] ?? {})[0];
  const parsed: unknown = typeof cell === 'string' ? JSON.parse(cell) : cell;
  const rows = (parsed as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.[
    'Plan Rows'
  ];
  return typeof rows === 'number' ? rows : null;
}

/**
 * Computes the total for Content-Range: exact from the count query, the planner's
 * estimate for `planned`, and for `estimated` the exact count unless it
 * passes `max_rows`, then the larger of it and the estimate.
 */
export async function resolveTotal(
  tx: Queryable,
  prefs: Preferences,
  plan: ReadNode,
  counted: number | null,
  maxRows: number | null,
): Promise<number | null> {
  if (prefs.count === 'planned') return plannedRows(tx, plan);
  if (prefs.count === 'estimated' && counted !== null && maxRows !== null && counted > maxRows) {
    const planned = await plannedRows(tx, plan);
    return planned === null ? counted : Math.max(counted, planned);
  }
  return counted;
}

export function toNumber(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** PGRST116 when one object was asked for and the result has another number of rows. */
export function checkSingular(isSingle: boolean, rows: number): void {
  if (isSingle && rows !== 1) throw singularityError(rows);
}
