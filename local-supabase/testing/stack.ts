import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { type AuthConfig, loadConfig } from '../config.ts';
import { setupDatabase } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import type { Backend, Database } from '../db/types.ts';
import { startServer } from '../server.ts';

export type { Backend } from '../db/types.ts';

export interface TestStackOptions {
  backend: Backend;
  /** Apply the project's seed (demo schools and users). Default false. */
  seed?: boolean;
  /** Apply `supabase/migrations`. Default true. */
  migrations?: boolean;
  /** Extra SQL run as the owner after the migrations and the seed. */
  fixtureSql?: string;
  /**
   * Emulate Supabase's default grants to anon, authenticated and
   * service_role on what the owner creates in public. Default true; turn
   * off to prove the migrations carry their own grants.
   */
  defaultPrivileges?: boolean;
  /**
   * Auth settings over `config.toml`'s. Test stacks raise the sign-in and
   * refresh rate limits to 1000 per 5 minutes unless set here, because all
   * test traffic comes from one address. They also turn email confirmations
   * off unless set here, so that tests of other features get a session from
   * sign-up; tests of confirmation pass `enableConfirmations: true`.
   */
  auth?: Partial<AuthConfig>;
  /** Logger for the server and setup; default pino at LOCAL_SUPABASE_LOG_LEVEL or `warn`. */
  logger?: pino.Logger;
}

export interface TestStack {
  /** `http://127.0.0.1:<free port>` */
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  backend: Backend;
  /** Runs SQL as the migration owner (not through the API): for schema checks and assertions. */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** The database underneath, for tests of the database layer itself. */
  db: Database;
  stop(): Promise<void>;
}

function postgresAdminUrl(): string | null {
  return inject('postgresAdminUrl') ?? null;
}

/** PGlite always; PostgreSQL too when the global setup started a cluster. */
export function testBackends(): Backend[] {
  return postgresAdminUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function createTestDatabase(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Starts the stand-in on a free loopback port over a new, empty database:
 * in-memory PGlite, or a fresh database in the test cluster.
 */
export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  const logger = options.logger ?? pino({ level: process.env.LOCAL_SUPABASE_LOG_LEVEL ?? 'warn' });
  let dropDatabase: (() => Promise<void>) | null = null;
  let db: Database;
  let databaseUrl: string | null = null;

  if (options.backend === 'postgres') {
    const adminUrl = postgresAdminUrl();
    if (!adminUrl) {
      throw new Error(
        'the PostgreSQL backend is not available: the global setup started no cluster',
      );
    }
    const database = await createTestDatabase(adminUrl);
    dropDatabase = database.drop;
    databaseUrl = database.url;
    db = await openPostgres({ adminUrl: database.url, maxApiConnections: 5 });
  } else {
    db = await openPglite();
  }

  const config = loadConfig({
    overrides: {
      port: 0,
      databaseUrl,
      auth: {
        rateLimitSignIn: 1000,
        rateLimitTokenRefresh: 1000,
        enableConfirmations: false,
        ...options.auth,
      },
    },
  });
  try {
    await setupDatabase(db, {
      supabaseDir: config.supabaseDir,
      migrations: options.migrations ?? true,
      seed: options.seed ?? false,
      fixtureSql: options.fixtureSql,
      defaultPrivileges: options.defaultPrivileges ?? true,
      logger,
    });
  } catch (error) {
    await db.close();
    await dropDatabase?.();
    throw error;
  }
  const server = await startServer({ db, config, logger });

  return {
    url: server.url,
    anonKey: server.anonKey,
    serviceRoleKey: server.serviceRoleKey,
    jwtSecret: config.jwtSecret,
    backend: options.backend,
    db,
    sql: async <R>(text: string, params?: unknown[]) => (await db.query<R>(text, params)).rows,
    async stop() {
      await server.close();
      await db.close();
      await dropDatabase?.();
    },
  };
}
