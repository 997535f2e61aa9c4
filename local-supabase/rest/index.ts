import type { IncomingMessage, ServerResponse } from 'node:http';

import { readBody } from '../http.ts';
import type { RestContext } from './context.ts';
import { RestError } from './errors.ts';
import { handleCall } from './handlers/rpc.ts';
import { lookupTable, requestSettings, type HandlerContext } from './handlers/common.ts';
import { handleOpenApi } from './handlers/openapi.ts';
import { handlePut } from './handlers/put.ts';
import { handleRead } from './handlers/read.ts';
import { handleWrite } from './handlers/write.ts';
import { NotFoundError, parseRequest, type RestRequest } from './http/request.ts';
import { probeMissingColumn } from './plan/probe.ts';
import { MissingColumnError } from './plan/types.ts';
import { errorResponse, sendResponse, type RestResponse } from './response.ts';
import { getSchemaCache, reloadSchemaCache } from './schema/cache.ts';
import { qualifiedKey, type SchemaCache } from './schema/types.ts';

export type { RestContext } from './context.ts';
export { reloadSchemaCache } from './schema/cache.ts';

/** Error codes that can also mean the schema cache is older than the database. */
const CACHE_MISS_CODES = new Set(['PGRST200', 'PGRST202', 'PGRST204', 'PGRST205']);

function isCacheMiss(error: unknown): boolean {
  return (
    error instanceof MissingColumnError ||
    (error instanceof RestError && CACHE_MISS_CODES.has(error.body.code))
  );
}

function allowHeader(request: RestRequest, cache: SchemaCache): string {
  const { resource } = request;
  if (resource.kind === 'schema') return 'OPTIONS,GET,HEAD';
  if (resource.kind === 'routine') {
    const overloads = cache.routines.get(JSON.stringify([request.schema, resource.name])) ?? [];
    return overloads[0]?.volatility === 'volatile' ? 'OPTIONS,POST' : 'OPTIONS,GET,HEAD,POST';
  }
  const table = lookupTable(cache, request.schema, resource.name);
  const methods = ['OPTIONS,GET,HEAD'];
  if (table.insertable) methods.push('POST');
  if (table.insertable && table.updatable && table.primaryKey.length > 0) methods.push('PUT');
  if (table.updatable) methods.push('PATCH');
  if (table.deletable) methods.push('DELETE');
  return methods.join(',');
}

async function dispatch(context: HandlerContext): Promise<RestResponse> {
  const { request, cache } = context;
  const { resource, method } = request;
  if (method === 'OPTIONS') {
    const headers = { 'Access-Control-Allow-Origin': '*', Allow: allowHeader(request, cache) };
    return { status: 200, headers, body: null };
  }
  if (resource.kind === 'schema') return handleOpenApi(context);
  if (resource.kind === 'routine') return handleCall(context, resource.name);
  const table = lookupTable(cache, request.schema, resource.name);
  if (method === 'GET' || method === 'HEAD') return handleRead(context, table);
  if (method === 'PUT') return handlePut(context, table);
  return handleWrite(context, table);
}

const missReloads = new WeakMap<RestContext['db'], Promise<SchemaCache>>();

/** Starts one reload that all requests missing the cache at the same time share. */
function reloadAfterMiss(ctx: RestContext): Promise<SchemaCache> {
  const pending = missReloads.get(ctx.db);
  if (pending !== undefined) return pending;
  const reload = reloadSchemaCache(ctx.db, ctx.config.api.schemas);
  missReloads.set(ctx.db, reload);
  const clear = () => missReloads.delete(ctx.db);
  reload.then(clear, clear);
  return reload;
}

async function respond(
  req: IncomingMessage,
  body: string,
  ctx: RestContext,
): Promise<RestResponse> {
  let cache = await getSchemaCache(ctx.db, ctx.config.api.schemas);
  const request = parseRequest({
    method: (req.method ?? 'GET').toUpperCase(),
    path: ctx.pathname === '' ? '/' : ctx.pathname,
    search: ctx.search,
    headers: req.headers,
    body,
    schemas: ctx.config.api.schemas,
    timezones: cache.timezones,
  });
  try {
    return await dispatch({ ctx, request, cache });
  } catch (error) {
    if (!isCacheMiss(error)) throw error;
    // Hosted Supabase reloads PostgREST's cache after every DDL; here a miss triggers the reload.
    cache = await reloadAfterMiss(ctx);
  }
  // Each pass learns one more name, so this ends once every name in the request is known.
  for (;;) {
    try {
      return await dispatch({ ctx, request, cache });
    } catch (error) {
      if (!(error instanceof MissingColumnError)) throw error;
      // Let Postgres word the error, with its "Perhaps you meant" hint.
      const table = await probeMissingColumn(ctx, requestSettings(request), cache, error);
      // Postgres read the name as a function of the row, as it does when PostgREST sends it
      // unchecked: a bare `count` counts the rows. Accept it on that table from now on.
      if (table === null) throw unresolvedName(error);
      const key = qualifiedKey(table);
      const names = cache.rowFunctionNames.get(key) ?? new Set<string>();
      if (names.has(error.column)) throw unresolvedName(error);
      cache.rowFunctionNames.set(key, names.add(error.column));
    }
  }
}

/**
 * Builds Postgres's 42703 error for a name that Postgres resolved on a
 * result that no table in the request's schema describes.
 */
function unresolvedName(error: MissingColumnError): RestError {
  // NOTE: PostgREST sends the name to Postgres here too, and returns the function's result.
  return new RestError(400, {
    code: '42703',
    message: `column ${error.node.fromAlias ?? error.node.relationName}.${error.column} does not exist`,
  });
}

/**
 * Serves one `/rest/v1` request with PostgREST 12.2's semantics. The server
 * has verified the JWT; `ctx.claims` is null for anonymous requests.
 */
export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RestContext,
): Promise<void> {
  // A body over the limit raises BodyTooLargeError, which the server turns into 413.
  const body = (await readBody(req, ctx.config.maxBodyBytes)).toString('utf8');
  let response: RestResponse;
  try {
    response = await respond(req, body, ctx);
  } catch (error) {
    if (error instanceof RestError) {
      response = errorResponse(error);
    } else if (error instanceof NotFoundError) {
      response = {
        status: 404,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: '{}',
      };
    } else {
      ctx.logger.error({ err: error, path: ctx.pathname }, 'REST request failed');
      response = errorResponse(
        new RestError(500, {
          code: 'PGRSTX00',
          message: 'Internal error while handling the request',
        }),
      );
    }
  }
  sendResponse(res, response, req.method === 'HEAD');
}
