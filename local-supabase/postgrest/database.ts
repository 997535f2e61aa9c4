import pg from 'pg';
import type pino from 'pino';

import { databaseNameOf, inTransaction, toResult, typeParsers } from '../db/postgres.ts';
import type { Database } from '../db/types.ts';

export interface PostgrestDatabaseOptions {
  /** PGRST_DB_URI: the drop-in connects as this URL's user, PostgREST's authenticator. */
  uri: string;
  poolSize: number;
  logger: pino.Logger;
}

function unavailable(operation: string): () => Promise<never> {
  return () =>
    Promise.reject(
      new Error(`${operation} is not available in the PostgREST drop-in, which has no owner role`),
    );
}

/**
 * Opens the database of an existing setup as PostgREST does: one pool of connections as the
 * URI's user, whose request transactions switch role with `set local role`. Nothing is
 * created or migrated. Unlike the stand-in's own backend, the session time zone is left at
 * the server's default, as PostgREST leaves it.
 */
export function openPostgrestDatabase(options: PostgrestDatabaseOptions): Database {
  const user = decodeURIComponent(new URL(options.uri).username);
  const pool = new pg.Pool({
    connectionString: options.uri,
    max: options.poolSize,
    types: typeParsers,
    fallback_application_name: 'local-supabase PostgREST drop-in',
  });
  // An idle connection that the server drops must not crash the process; the pool replaces it.
  pool.on('error', (error) => {
    options.logger.warn({ message: error.message }, 'idle database connection failed');
  });

  return {
    backend: 'postgres',
    ownerRole: user,
    databaseName: databaseNameOf(options.uri),
    transaction: (fn, txOptions) =>
      inTransaction(pool, txOptions?.readOnly ? 'begin read only' : 'begin', fn),
    authTransaction: unavailable('the auth API'),
    query: async (sql, params) => toResult(await pool.query(sql, params)),
    exec: unavailable('running scripts'),
    execAsSuperuser: unavailable('running scripts as the superuser'),
    close: () => pool.end(),
  };
}
