import { negotiateOpenApi } from '../http/media.ts';
import type { RestResponse } from '../response.ts';
import type { Column, Routine, Table } from '../schema/types.ts';
import { inRequestTransaction } from '../transaction.ts';
import { requestSettings, type HandlerContext } from './common.ts';

/**
 * `GET /`: a small OpenAPI 2 document of the tables, views and functions the
 * request's role may use, as PostgREST's default `follow-privileges` mode
 * lists them. NOTE: PostgREST's document also has shared parameters and
 * foreign-key notes in column descriptions; this one has paths and
 * definitions only.
 */

const ACCESSIBLE_TABLES_SQL = `
select c.relname as name
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = $1 and c.relkind in ('v', 'r', 'm', 'f', 'p') and not c.relispartition
  and (pg_has_role(c.relowner, 'USAGE')
    or has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
    or has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))`;

const ACCESSIBLE_FUNCTIONS_SQL = `
select distinct p.proname as name
from pg_proc p join pg_namespace n on n.oid = p.pronamespace
where n.nspname = $1 and has_function_privilege(p.oid, 'execute')`;

function swaggerType(type: string): string | null {
  if (['character varying', 'character', 'text'].includes(type)) return 'string';
  if (type === 'boolean') return 'boolean';
  if (['smallint', 'integer', 'bigint'].includes(type)) return 'integer';
  if (['numeric', 'real', 'double precision'].includes(type)) return 'number';
  if (type === 'json' || type === 'jsonb') return null;
  return type.endsWith('[]') ? 'array' : 'string';
}

function property(column: Column): Record<string, unknown> {
  const type = swaggerType(column.dataType);
  return {
    format: column.nominalType,
    ...(type === null ? {} : { type }),
    ...(column.description === null ? {} : { description: column.description }),
  };
}

function definition(table: Table): Record<string, unknown> {
  return {
    ...(table.description === null ? {} : { description: table.description }),
    type: 'object',
    properties: Object.fromEntries(table.columns.map((column) => [column.name, property(column)])),
    required: table.columns.filter((column) => !column.nullable).map((column) => column.name),
  };
}

function tablePath(table: Table): Record<string, unknown> {
  const ok = { description: 'OK' };
  const path: Record<string, unknown> = {
    get: {
      tags: [table.name],
      responses: {
        '200': { ...ok, schema: { type: 'array', items: { $ref: `#/definitions/${table.name}` } } },
        '206': { description: 'Partial Content' },
      },
    },
  };
  if (table.insertable)
    path.post = { tags: [table.name], responses: { '201': { description: 'Created' } } };
  if (table.updatable)
    path.patch = { tags: [table.name], responses: { '204': { description: 'No Content' } } };
  if (table.deletable)
    path.delete = { tags: [table.name], responses: { '204': { description: 'No Content' } } };
  return path;
}

function routinePath(routine: Routine): Record<string, unknown> {
  const parameters = [
    {
      in: 'body',
      name: 'args',
      required: true,
      schema: {
        type: 'object',
        required: routine.params.filter((p) => p.required).map((p) => p.name),
        properties: Object.fromEntries(
          routine.params.map((p) => [
            p.name,
            { format: p.type, ...(swaggerType(p.type) ? { type: swaggerType(p.type) } : {}) },
          ]),
        ),
      },
    },
  ];
  const post = {
    tags: ['(rpc) ' + routine.name],
    parameters,
    responses: { '200': { description: 'OK' } },
  };
  if (routine.volatility === 'volatile') return { post };
  return {
    get: { tags: ['(rpc) ' + routine.name], responses: { '200': { description: 'OK' } } },
    post,
  };
}

export async function handleOpenApi({
  ctx,
  request,
  cache,
}: HandlerContext): Promise<RestResponse> {
  negotiateOpenApi(request.accept);
  const schema = request.schema;
  const { tables, functions } = await inRequestTransaction(
    ctx,
    requestSettings(request),
    true,
    async (tx) => ({
      tables: new Set(
        (await tx.query<{ name: string }>(ACCESSIBLE_TABLES_SQL, [schema])).rows.map((r) => r.name),
      ),
      functions: new Set(
        (await tx.query<{ name: string }>(ACCESSIBLE_FUNCTIONS_SQL, [schema])).rows.map(
          (r) => r.name,
        ),
      ),
    }),
  );
  const visibleTables = [...cache.tables.values()].filter(
    (t) => t.schema === schema && tables.has(t.name),
  );
  const visibleRoutines = [...cache.routines.values()]
    .map((overloads) => overloads[0] as Routine)
    .filter((r) => r.schema === schema && functions.has(r.name));
  const document = {
    swagger: '2.0',
    info: { description: '', title: 'standard public schema', version: '12.2.12' },
    host: request.headers.host ?? '127.0.0.1',
    basePath: '/',
    schemes: ['http'],
    consumes: ['application/json', 'application/vnd.pgrst.object+json', 'text/csv'],
    produces: ['application/json', 'application/vnd.pgrst.object+json', 'text/csv'],
    paths: {
      '/': {
        get: {
          tags: ['Introspection'],
          summary: 'OpenAPI description (this document)',
          responses: { '200': { description: 'OK' } },
        },
      },
      ...Object.fromEntries(visibleTables.map((t) => [`/${t.name}`, tablePath(t)])),
      ...Object.fromEntries(visibleRoutines.map((r) => [`/rpc/${r.name}`, routinePath(r)])),
    },
    definitions: Object.fromEntries(visibleTables.map((t) => [t.name, definition(t)])),
  };
  const headers: Record<string, string> = {
    'Content-Type': 'application/openapi+json; charset=utf-8',
  };
  if (request.negotiatedByProfile) headers['Content-Profile'] = schema;
  return {
    status: 200,
    headers,
    body: request.method === 'HEAD' ? null : JSON.stringify(document),
  };
}
