import { SOURCE } from './read.ts';

/**
 * The statements that wrap a request's query and shape its response body in
 * the database, after PostgREST 12.2's `Query/Statements.hs`. Each returns
 * one row: `total_result_set`, `page_total`, `body`, the `response.headers`
 * and `response.status` settings, and for inserts `location` and `inserted`.
 */

/** The body builder: PostgREST's media handlers, plus `none` for responses without a body. */
export type BodyHandler =
  | { kind: 'json'; stripNulls: boolean }
  | { kind: 'single'; stripNulls: boolean }
  | { kind: 'csv' }
  | { kind: 'none' };

/** What a function returns, which decides how its rows become JSON. */
export type ResultShape = 'rows' | 'single-composite' | 'scalar' | 'setof-scalar';

function strip(sql: string, stripNulls: boolean): string {
  return stripNulls ? `json_strip_nulls(${sql})` : sql;
}

const CSV_BODY =
  `(SELECT coalesce(string_agg(a.k, ','), '') FROM (SELECT json_object_keys(r)::text AS k ` +
  `FROM (SELECT row_to_json(hh) AS r FROM ${SOURCE} AS hh LIMIT 1) s) a)` +
  ` || chr(10) || ` +
  `coalesce(string_agg(substring(_postgrest_t::text, 2, length(_postgrest_t::text) - 2), chr(10)), '')`;

export function bodySql(handler: BodyHandler, shape: ResultShape = 'rows'): string {
  const scalar = shape === 'scalar' || shape === 'setof-scalar';
  const value = scalar ? '_postgrest_t.pgrst_scalar' : '_postgrest_t';
  switch (handler.kind) {
    case 'none':
      return `''::text`;
    case 'csv':
      return CSV_BODY;
    case 'single':
      return `coalesce(${strip(`json_agg(${value})->0`, handler.stripNulls)}, 'null')::text`;
    case 'json':
      if (shape === 'single-composite' || shape === 'scalar') {
        return `coalesce(${strip(`json_agg(${value})->0`, handler.stripNulls)}, 'null')::text`;
      }
      return `coalesce(${strip(`json_agg(${value})`, handler.stripNulls)}, '[]')::text`;
  }
}

const RESPONSE_SETTINGS =
  `nullif(current_setting('response.headers', true), '') AS response_headers, ` +
  `nullif(current_setting('response.status', true), '') AS response_status`;

function countSql(countQuery: string | null): { cte: string; total: string } {
  if (countQuery === null) return { cte: '', total: 'null::bigint' };
  return {
    cte: `, pgrst_source_count AS (${countQuery})`,
    total: '(SELECT pg_catalog.count(*) FROM pgrst_source_count)',
  };
}

export function readStatement(
  readQuery: string,
  countQuery: string | null,
  handler: BodyHandler,
): string {
  const count = countSql(countQuery);
  return (
    `WITH ${SOURCE} AS ( ${readQuery} )${count.cte} SELECT ${count.total}::text AS total_result_set, ` +
    `pg_catalog.count(_postgrest_t)::text AS page_total, ${bodySql(handler)} AS body, ` +
    `${RESPONSE_SETTINGS} FROM ( SELECT * FROM ${SOURCE} ) _postgrest_t`
  );
}

export function callStatement(
  callQuery: string,
  readQuery: string,
  countQuery: string | null,
  handler: BodyHandler,
  shape: ResultShape,
): string {
  const count = countSql(countQuery);
  const single = shape === 'scalar' || shape === 'single-composite';
  return (
    `WITH ${SOURCE} AS (${callQuery})${count.cte} SELECT ${count.total}::text AS total_result_set, ` +
    `${single ? '1' : 'pg_catalog.count(_postgrest_t)'}::text AS page_total, ` +
    `${bodySql(handler, shape)} AS body, ${RESPONSE_SETTINGS} FROM (${readQuery}) _postgrest_t`
  );
}

/**
 * Wraps a mutation. `locationColumnsParam` is the placeholder of a text array
 * of primary key columns, set when a one-row insert needs a Location header.
 * `countsInserts` reads the `pgrst.inserted` counter that an upsert keeps.
 */
export function writeStatement(
  mutation: string,
  readQuery: string | null,
  handler: BodyHandler,
  locationColumnsParam: string | null,
  countsInserts: boolean,
): string {
  const select = readQuery ?? `SELECT * FROM ${SOURCE}`;
  const location =
    locationColumnsParam === null
      ? 'null::text'
      : `CASE WHEN pg_catalog.count(_postgrest_t) = 1 THEN (` +
        `WITH data AS (SELECT row_to_json(_) AS row FROM ${SOURCE} AS _ LIMIT 1) ` +
        `SELECT json_agg(json_build_array(json_data.key, json_data.value))::text ` +
        `FROM data CROSS JOIN json_each_text(data.row) AS json_data ` +
        `WHERE json_data.key = ANY(${locationColumnsParam}::text[])) END`;
  const inserted = countsInserts
    ? `nullif(current_setting('pgrst.inserted', true), '')::int::text`
    : 'null::text';
  return (
    `WITH ${SOURCE} AS (${mutation}) SELECT null::text AS total_result_set, ` +
    `pg_catalog.count(_postgrest_t)::text AS page_total, ${location} AS location, ` +
    `${bodySql(handler)} AS body, ${RESPONSE_SETTINGS}, ${inserted} AS inserted ` +
    `FROM (${select}) _postgrest_t`
  );
}
