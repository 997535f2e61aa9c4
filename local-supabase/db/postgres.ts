import type pino from 'pino';
import pg from 'pg';
import { TEXT_ARRAY_RESULT_TYPES, TEXT_RESULT_TYPES } from './type-parsers.ts';
import type { Database, Queryable, QueryResult } from './types.ts';

/** The owner role, named as on hosted Supabase, where `supabase_admin` is the superuser. */
export const POSTGRES_OWNER_ROLE = 'postgres';

/**
 * Password given to the login roles (`authenticator`, `postgres`,
 * `supabase_auth_admin`) on the PostgreSQL backend. The Supabase CLI's
 * local stack uses the same value for its roles.
 */
export const DEFAULT_ROLE_PASSWORD = 'postgres';

/** OID of text[], whose parser splits an array literal into its elements' text. */
const TEXT_ARRAY_OID = 1009 as Parameters<typeof pg.types.getTypeParser>[0];

/** Type parsers that make pg return the types in TEXT_RESULT_TYPES as Postgres's text. */
export const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid in TEXT_RESULT_TYPES) return (value: string) => value;
    if (oid in TEXT_ARRAY_RESULT_TYPES) return pg.types.getTypeParser(TEXT_ARRAY_OID, 'text');
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

function urlForRole(adminUrl: string, role: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** Database named in a connection URL; libpq defaults it to the user name. */
export function databaseNameOf(connectionUrl: string): string {
  const url = new URL(connectionUrl);
  return decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username);
}

export function toResult<R>(result: pg.QueryResult): QueryResult<R> {
  return {
    rows: result.rows as R[],
    fields: result.fields.map((field) => ({ name: field.name, dataTypeID: field.dataTypeID })),
  };
}

/** Runs fn in one transaction opened with `begin`, and rolls back when fn throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const tx: Queryable = {
    query: async <R>(sql: string, params?: unknown[]) =>
      toResult<R>(await client.query(sql, params as unknown[] | undefined)),
  };
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await fn(tx);
    await client.query('commit');
    return result;
  } catch (error) {
    try {
      await client.query('rollback');
    } catch (rollbackError) {
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    // A connection whose rollback failed is destroyed instead of reused.
    client.release(broken);
  }
}

export interface PostgresOptions {
  /** Superuser URL of the target database. */
  adminUrl: string;
  rolePassword?: string;
  /** Connections for API requests (as `authenticator`). */
  maxApiConnections?: number;
  /** Receives errors of idle pooled connections, e.g. when the server ends them. */
  logger?: pino.Logger;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const password = options.rolePassword ?? DEFAULT_ROLE_PASSWORD;
  const pools = new Map<string, pg.Pool>();

  // Role pools open lazily because their roles can log in only after the baseline ran.
  function poolFor(role: string | null, max: number): pg.Pool {
    const key = role ?? '(admin)';
    let pool = pools.get(key);
    if (!pool) {
      pool = new pg.Pool({
        connectionString: role ? urlForRole(options.adminUrl, role, password) : options.adminUrl,
        max,
        options: '-c TimeZone=UTC',
        types: typeParsers,
        application_name: `local-supabase ${key}`,
      });
      // An idle client whose connection the server ends (57P01 on `drop
      // database ... with (force)` or a restart) emits 'error' on the pool;
      // without a listener Node treats it as unhandled and exits.
      pool.on('error', (error: Error & { code?: string }) => {
        options.logger?.warn(
          { pool: key, code: error.code, err: error },
          'idle database connection failed',
        );
      });
      pools.set(key, pool);
    }
    return pool;
  }

  const apiPool = () => poolFor('authenticator', options.maxApiConnections ?? 10);
  const ownerPool = () => poolFor(POSTGRES_OWNER_ROLE, 4);
  const authPool = () => poolFor('supabase_auth_admin', 4);
  const adminPool = () => poolFor(null, 1);

  async function execOn(pool: pg.Pool, sql: string): Promise<void> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(sql);
    } catch (error) {
      // A script with its own `begin` leaves that transaction aborted.
      try {
        await client.query('rollback');
      } catch (rollbackError) {
        broken = rollbackError as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    backend: 'postgres',
    ownerRole: POSTGRES_OWNER_ROLE,
    databaseName: databaseNameOf(options.adminUrl),
    transaction: (fn, txOptions) =>
      inTransaction(apiPool(), txOptions?.readOnly ? 'begin read only' : 'begin', fn),
    authTransaction: (fn) => inTransaction(authPool(), 'begin', fn),
    query: async (sql, params) => toResult(await ownerPool().query(sql, params)),
    exec: (sql) => execOn(ownerPool(), sql),
    execAsSuperuser: (sql) => execOn(adminPool(), sql),
    close: async () => {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
      pools.clear();
    },
  };
}
