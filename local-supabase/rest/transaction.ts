import type { Queryable } from '../db/types.ts';
import type { RestContext } from './context.ts';
import { fromDatabaseError, isDatabaseError } from './database-errors.ts';
import { RestError } from './errors.ts';
import { SqlParams, ident } from './sql/fragments.ts';

/** The only roles a request may switch to; the server rejects tokens naming others. */
const API_ROLES = new Set(['anon', 'authenticated', 'service_role']);

export interface RequestSettings {
  method: string;
  path: string;
  schema: string;
  headers: Record<string, string | string[] | undefined>;
  timezone: string | null;
}

export function requestRole(ctx: RestContext): string {
  const role = ctx.claims?.role;
  return typeof role === 'string' ? role : (ctx.anonRole ?? 'anon');
}

function cookies(header: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) result[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return result;
}

/** Request headers as PostgREST puts them in `request.headers`: lower-case names, no cookies. */
function headerJson(headers: RequestSettings['headers']): string {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'cookie') continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return JSON.stringify(result);
}

/**
 * Runs `fn` in the request's transaction, as PostgREST does: the search path
 * is the exposed schema then `extra_search_path`, the role comes from the
 * JWT, and the claims, method, path, headers and cookies are transaction
 * settings. Database errors become PostgREST error responses; any error
 * rolls the transaction back.
 */
export async function inRequestTransaction<T>(
  ctx: RestContext,
  settings: RequestSettings,
  readOnly: boolean,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  const role = requestRole(ctx);
  if (ctx.assumableRoles !== 'granted' && !API_ROLES.has(role)) {
    throw new RestError(500, {
      code: 'PGRST000',
      message: `The role "${role}" is not an API role`,
    });
  }
  const claims = ctx.claims ?? { role };
  const searchPath = [settings.schema, ...ctx.config.api.extraSearchPath].map(ident).join(', ');
  const params = new SqlParams();
  const entries: [string, string][] = [
    ['search_path', searchPath],
    ['role', role],
    ['request.jwt.claims', JSON.stringify(claims)],
    ['request.method', settings.method],
    ['request.path', settings.path],
    ['request.headers', headerJson(settings.headers)],
    ['request.cookies', JSON.stringify(cookies(settings.headers.cookie as string | undefined))],
  ];
  if (settings.timezone !== null) entries.push(['timezone', settings.timezone]);
  const calls = entries.map(
    ([name, value]) => `set_config(${params.add(name)}, ${params.add(value)}, true)`,
  );

  try {
    return await ctx.db.transaction(
      async (tx) => {
        await tx.query(`select ${calls.join(', ')}`, params.values);
        return fn(tx);
      },
      { readOnly },
    );
  } catch (error) {
    if (error instanceof RestError || !isDatabaseError(error)) throw error;
    const restError = fromDatabaseError(error, role !== (ctx.anonRole ?? 'anon'));
    ctx.logger.warn(
      {
        sqlstate: error.code,
        status: restError.status,
        method: settings.method,
        path: settings.path,
      },
      `database error: ${error.message}`,
    );
    throw restError;
  }
}
