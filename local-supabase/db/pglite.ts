import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { Mutex } from './mutex.ts';
import { TEXT_RESULT_TYPES } from './type-parsers.ts';
import type { Database, Queryable, QueryResult } from './types.ts';

/**
 * PGlite's bootstrap superuser is `postgres` and cannot lose SUPERUSER, so
 * the role that plays hosted Supabase's `postgres` has another name here.
 */
export const PGLITE_OWNER_ROLE = 'migration_owner';

/**
 * PGlite 0.3.8 ships pgcrypto's bundle but no import for it, so the
 * extension is declared here from the bundle beside the package's entry.
 */
function pgcryptoExtension(): Extension {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const bundle = pathToFileURL(path.join(path.dirname(entry), 'pgcrypto.tar.gz'));
  return { name: 'pgcrypto', setup: async () => ({ bundlePath: bundle }) };
}

function textParsers(): Record<number, (value: string) => unknown> {
  const parsers: Record<number, (value: string) => unknown> = {};
  for (const oid of Object.keys(TEXT_RESULT_TYPES)) {
    parsers[Number(oid)] = (value) => value;
  }
  return parsers;
}

function toResult<R>(result: { rows: unknown[]; fields: { name: string; dataTypeID: number }[] }) {
  return { rows: result.rows as R[], fields: result.fields } satisfies QueryResult<R>;
}

export interface PgliteOptions {
  /** Data folder; in memory when omitted. */
  dataDir?: string;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
  }
  const pg = await PGlite.create({
    dataDir: options.dataDir,
    // PGlite can only create extensions whose bundles it loaded at start.
    extensions: { pgcrypto: pgcryptoExtension(), btree_gist, citext, pg_trgm, uuid_ossp },
    parsers: textParsers(),
  });
  // Hosted Supabase runs in UTC; a session setting lasts because PGlite has one session.
  // Hosted Supabase runs in UTC with English text search; PGlite's defaults
  // are otherwise the session's time zone and `simple`, which changes `fts` results.
  await pg.exec(`set timezone to 'UTC'; set default_text_search_config to 'pg_catalog.english'`);
  const databaseName = (await pg.query<{ name: string }>('select current_database() as name'))
    .rows[0]!.name;

  const mutex = new Mutex();
  const queryable: Queryable = {
    query: async <R>(sql: string, params?: unknown[]) => toResult<R>(await pg.query(sql, params)),
  };

  // NOTE: the session user is PGlite's superuser, so `set local role` can
  // reach any role, unlike PostgreSQL's `authenticator`. The server lets
  // tokens name only anon, authenticated and service_role. `set session
  // authorization` would close the gap, but PGlite 0.3.8 cannot reset it.
  async function inTransaction<T>(
    begin: string,
    role: string,
    fn: (tx: Queryable) => Promise<T>,
  ): Promise<T> {
    return mutex.run(async () => {
      await pg.exec(begin);
      try {
        await pg.exec(`set local role ${role}`);
        const result = await fn(queryable);
        await pg.exec('commit');
        return result;
      } catch (error) {
        await pg.exec('rollback');
        throw error;
      }
    });
  }

  async function execAs(role: string | null, sql: string): Promise<void> {
    await mutex.run(async () => {
      if (role) await pg.exec(`set role ${role}`);
      try {
        await pg.exec(sql);
      } catch (error) {
        // A script with its own `begin` leaves that transaction aborted;
        // without one, this rollback only raises a warning.
        await pg.exec('rollback');
        throw error;
      } finally {
        await pg.exec('reset role');
      }
    });
  }

  return {
    backend: 'pglite',
    ownerRole: PGLITE_OWNER_ROLE,
    databaseName,
    transaction: (fn, txOptions) =>
      inTransaction(txOptions?.readOnly ? 'begin read only' : 'begin', 'authenticator', fn),
    authTransaction: (fn) => inTransaction('begin', 'supabase_auth_admin', fn),
    query: (sql, params) =>
      inTransaction('begin', PGLITE_OWNER_ROLE, (tx) => tx.query(sql, params)),
    exec: (sql) => execAs(PGLITE_OWNER_ROLE, sql),
    execAsSuperuser: (sql) => execAs(null, sql),
    close: () => mutex.run(() => pg.close()),
  };
}
