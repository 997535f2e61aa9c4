import type { RowRange } from '../parse/types.ts';
import type { PlanLogic, PlanOrderTerm } from '../plan/types.ts';
import type { Column, QualifiedName } from '../schema/types.ts';
import {
  SqlParams,
  columnSql,
  ident,
  limitOffsetSql,
  logicSql,
  orderSql,
  qualifierSql,
} from './fragments.ts';

/**
 * INSERT, UPDATE and DELETE as PostgREST 12.2's `mutatePlanToQuery` writes
 * them: the body is one JSON parameter, read into typed rows with
 * `json_to_recordset`; column types and defaults come from the schema cache.
 */

const INSERTED = `nullif(current_setting('pgrst.inserted', true), '')`;

/** Counts rows an upsert inserts: +1 for every row tried, −1 for every conflict updated. */
function insertedCounter(add: boolean): string {
  const [sign, skip] = add ? ['+', '0'] : ['-', '-1'];
  return `set_config('pgrst.inserted', (coalesce(${INSERTED}::int, 0) ${sign} 1)::text, true) <> '${skip}'`;
}

function isJsonObject(body: string): boolean {
  return body.trimStart().startsWith('{');
}

/**
 * `FROM (SELECT $n AS json_data) pgrst_payload, LATERAL (...) pgrst_body`:
 * the request body as rows of the given columns. With `applyDefaults`,
 * missing keys take the column's default instead of NULL.
 */
export function jsonBodySql(
  body: string,
  columns: Column[],
  params: SqlParams,
  options: { limitOne: boolean; applyDefaults: boolean },
): string {
  const object = isJsonObject(body);
  const withDefaults = options.applyDefaults;
  const payload = `(SELECT ${params.add(body)}::${withDefaults ? 'jsonb' : 'json'} AS json_data) pgrst_payload`;
  let source = 'pgrst_payload.json_data';
  let defaults = '';
  if (withDefaults) {
    const pairs = columns
      .filter((column) => column.defaultExpression !== null)
      .map((column) => `${params.add(column.name)}::text, ${column.defaultExpression}`);
    const build = `jsonb_build_object(${pairs.join(', ')})`;
    defaults = object
      ? `LATERAL (SELECT ${build} || pgrst_payload.json_data AS val) pgrst_json_defs, `
      : `LATERAL (SELECT jsonb_agg(${build} || elem) AS val FROM jsonb_array_elements(pgrst_payload.json_data) elem) pgrst_json_defs, `;
    source = 'pgrst_json_defs.val';
  }
  const prefix = withDefaults ? 'jsonb' : 'json';
  let rows: string;
  if (columns.length === 0) {
    rows = object ? '(values(1)) _' : `${prefix}_array_elements(${source}) _`;
  } else {
    const typed = columns.map((column) => `${ident(column.name)} ${column.dataType}`).join(', ');
    const fn = object ? `${prefix}_to_record` : `${prefix}_to_recordset`;
    rows = `${fn}(${source}) AS _(${typed})${options.limitOne ? ' LIMIT 1' : ''}`;
  }
  const names = columns.map((column) => ident(column.name)).join(', ');
  return `FROM ${payload}, ${defaults}LATERAL (SELECT ${names} FROM ${rows}) pgrst_body`;
}

export function returningSql(table: QualifiedName, returning: string[]): string {
  if (returning.length === 0) return 'RETURNING 1';
  return `RETURNING ${returning.map((column) => columnSql(table, column)).join(', ')}`;
}

export interface InsertOptions {
  onConflict: { resolution: 'merge' | 'ignore'; columns: string[] } | null;
  applyDefaults: boolean;
  returning: string[];
  /** PUT's filters, checked against the body's row so that the URL and the body agree. */
  putConditions?: PlanLogic[];
}

export function insertSql(
  table: QualifiedName,
  columns: Column[],
  body: string,
  params: SqlParams,
  options: InsertOptions,
): string {
  const names = columns.map((column) => ident(column.name));
  const target = `INSERT INTO ${qualifierSql(table)}${names.length === 0 ? ' ' : `(${names.join(', ')}) `}`;
  const select = `SELECT ${columns.map((column) => `pgrst_body.${ident(column.name)}`).join(', ')} `;
  const from = jsonBodySql(body, columns, params, {
    limitOne: false,
    applyDefaults: options.applyDefaults,
  });
  const conflict = options.onConflict;
  // PostgREST counts inserted rows for every merge, even when there is no conflict target.
  const merge = conflict !== null && conflict.resolution === 'merge';
  const put = options.putConditions ?? [];
  let sql = `${target}${select}${from}`;
  if (put.length > 0) {
    const matches = put.map((tree) => logicSql('pgrst_body', tree, params));
    sql += ` WHERE ${[insertedCounter(true), ...matches].join(' AND ')}`;
  } else if (merge) {
    sql += ` WHERE ${insertedCounter(true)}`;
  }
  if (conflict !== null && conflict.columns.length > 0) {
    sql += ` ON CONFLICT(${conflict.columns.map(ident).join(', ')}) `;
    if (conflict.resolution === 'ignore' || columns.length === 0) {
      sql += 'DO NOTHING';
    } else {
      const sets = names.map((name) => `${name} = EXCLUDED.${name}`).join(', ');
      sql += `DO UPDATE SET ${sets} WHERE ${insertedCounter(false)}`;
    }
  }
  return `${sql} ${returningSql(table, options.returning)}`;
}

export interface FilteredWriteOptions {
  where: PlanLogic[];
  /** With a limit, the rows to change are picked by this order (PostgREST needs one). */
  range: RowRange | null;
  order: PlanOrderTerm[];
  returning: string[];
}

function whereSql(table: QualifiedName, where: PlanLogic[], params: SqlParams): string {
  if (where.length === 0) return '';
  return ` WHERE ${where.map((tree) => logicSql(table, tree, params)).join(' AND ')}`;
}

/** Builds the CTE that picks a limited set of rows, and the condition that matches them again. */
function affectedRows(table: QualifiedName, options: FilteredWriteOptions, params: SqlParams) {
  const keys = options.order.map((term) => term.field.column);
  const select = keys.map((key) => columnSql(table, key)).join(', ');
  const cte =
    `pgrst_affected_rows AS (SELECT ${select} FROM ${qualifierSql(table)}` +
    `${whereSql(table, options.where, params)} ${orderSql(table, options.order, params)} ` +
    `${limitOffsetSql(options.range as RowRange, params)})`;
  const match = keys
    .map((key) => `${columnSql(table, key)} = ${columnSql('pgrst_affected_rows', key)}`)
    .join(' AND ');
  return { cte, match };
}

export function updateSql(
  table: QualifiedName,
  columns: Column[],
  body: string,
  params: SqlParams,
  options: FilteredWriteOptions & { applyDefaults: boolean },
): string {
  const returning = returningSql(table, options.returning);
  if (columns.length === 0) {
    // An empty body changes nothing; selecting no rows keeps the response's columns.
    const selected =
      options.returning.length === 0
        ? 'NULL'
        : options.returning.map((c) => columnSql(table.name, c)).join(', ');
    return `SELECT ${selected} FROM ${qualifierSql(table)} WHERE false`;
  }
  if (options.range === null) {
    const sets = columns
      .map((column) => `${ident(column.name)} = pgrst_body.${ident(column.name)}`)
      .join(', ');
    const from = jsonBodySql(body, columns, params, {
      limitOne: false,
      applyDefaults: options.applyDefaults,
    });
    return `UPDATE ${qualifierSql(table)} SET ${sets} ${from}${whereSql(table, options.where, params)} ${returning}`;
  }
  const names = columns.map((column) => `pgrst_body.${ident(column.name)}`).join(', ');
  const bodyRows = `SELECT ${names} ${jsonBodySql(body, columns, params, { limitOne: true, applyDefaults: options.applyDefaults })}`;
  const { cte, match } = affectedRows(table, options, params);
  const sets = columns
    .map(
      (column) => `${ident(column.name)} = (SELECT ${ident(column.name)} FROM pgrst_update_body) `,
    )
    .join(', ');
  return (
    `WITH pgrst_update_body AS (${bodyRows}), ${cte} UPDATE ${qualifierSql(table)} SET ${sets}` +
    `FROM pgrst_affected_rows WHERE ${match} ${returning}`
  );
}

export function deleteSql(
  table: QualifiedName,
  params: SqlParams,
  options: FilteredWriteOptions,
): string {
  const returning = returningSql(table, options.returning);
  if (options.range === null) {
    return `DELETE FROM ${qualifierSql(table)}${whereSql(table, options.where, params)} ${returning}`;
  }
  const { cte, match } = affectedRows(table, options, params);
  return `WITH ${cte} DELETE FROM ${qualifierSql(table)} USING pgrst_affected_rows WHERE ${match} ${returning}`;
}
