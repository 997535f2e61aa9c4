// Replays a captured request transaction straight against the database: as the owner, which
// bypasses row-level security (the floor), or as the request's role with its policies. The
// difference between the two is what the policies cost; HTTP adds the API's own cost.

import pg from 'pg';

import type { Database } from '../../local-supabase/db/types.ts';
import { DEFAULT_ROLE_PASSWORD, POSTGRES_OWNER_ROLE } from '../../local-supabase/db/postgres.ts';
import type { CapturedTransaction, Statement } from './capture.ts';

export type DirectMode = 'owner' | 'rls';

export interface DirectRunner {
  /** Runs the transaction and returns its wall time in milliseconds. */
  run(transaction: CapturedTransaction, mode: DirectMode): Promise<number>;
  close(): Promise<void>;
}

/**
 * Swaps the role that the REST engine's first statement sets, `set_config('role', ...)`, for
 * `role`. The parameters come in name and value pairs.
 */
export function withRole(statement: Statement, role: string): Statement {
  if (!statement.sql.startsWith('select set_config(')) return statement;
  const params = [...statement.params];
  for (let i = 0; i + 1 < params.length; i += 2) {
    if (params[i] === 'role') params[i + 1] = role;
  }
  return { sql: statement.sql, params };
}

function urlForRole(adminUrl: string, role: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = DEFAULT_ROLE_PASSWORD;
  return url.toString();
}

/** Results stay text, as the stand-in's own parsers leave most types. */
const TEXT_TYPES = {
  getTypeParser: () => (value: string) => value,
} as unknown as pg.CustomTypesConfig;

export async function postgresDirectRunner(adminUrl: string): Promise<DirectRunner> {
  const owner = new pg.Client({
    connectionString: urlForRole(adminUrl, POSTGRES_OWNER_ROLE),
    types: TEXT_TYPES,
    options: '-c TimeZone=UTC',
  });
  const api = new pg.Client({
    connectionString: urlForRole(adminUrl, 'authenticator'),
    types: TEXT_TYPES,
    options: '-c TimeZone=UTC',
  });
  await owner.connect();
  await api.connect();
  return {
    async run(transaction, mode) {
      const client = mode === 'owner' ? owner : api;
      const started = performance.now();
      await client.query(transaction.readOnly ? 'begin read only' : 'begin');
      try {
        for (const statement of transaction.statements) {
          const replayed = mode === 'owner' ? withRole(statement, POSTGRES_OWNER_ROLE) : statement;
          await client.query(replayed.sql, replayed.params);
        }
      } finally {
        await client.query('rollback');
      }
      return performance.now() - started;
    },
    async close() {
      await owner.end();
      await api.end();
    },
  };
}

/**
 * PGlite has one session, whose user is a superuser, so both modes go through the database's
 * own request transaction and only the role differs.
 */
export function pgliteDirectRunner(db: Database): DirectRunner {
  return {
    async run(transaction, mode) {
      const started = performance.now();
      await db.transaction(
        async (tx) => {
          for (const statement of transaction.statements) {
            const replayed = mode === 'owner' ? withRole(statement, db.ownerRole) : statement;
            await tx.query(replayed.sql, replayed.params);
          }
        },
        { readOnly: transaction.readOnly },
      );
      return performance.now() - started;
    },
    async close() {},
  };
}
