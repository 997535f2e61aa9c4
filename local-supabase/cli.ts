import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { type Config, loadConfig, REPO_ROOT } from './config.ts';
import { openDatabase } from './db/index.ts';
import { applyBaseline, applyMigrations, isInitialised, setupDatabase } from './db/migrate.ts';
import { databaseNameOf } from './db/postgres.ts';
import type { Database } from './db/types.ts';
import { startServer } from './server.ts';

const USAGE = `Usage: tsx local-supabase/cli.ts <command>

Commands:
  start    Open the database (PGlite in LOCAL_SUPABASE_DATA_DIR, or DATABASE_URL),
           build it from the baseline, migrations and seed on first run, apply
           new migrations on later runs, and serve the API on SUPABASE_PORT.
  reset    Delete the database and rebuild it from baseline, migrations and seed.
  migrate  Apply the baseline and any migrations not yet applied; no seed.

Environment: SUPABASE_PORT, JWT_SECRET, DATABASE_URL (superuser URL),
LOCAL_SUPABASE_DATA_DIR, LOCAL_SUPABASE_DEFAULT_PRIVILEGES=off, LOG_LEVEL.`;

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

function describeBackend(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${path.relative(REPO_ROOT, config.dataDir) || '.'}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL database "${databaseNameOf(config.databaseUrl)}" on ${url.host}`;
}

/** Brings an opened database up to date: everything on first run, new migrations after. */
async function prepare(db: Database, config: Config): Promise<void> {
  if (!(await isInitialised(db))) {
    logger.info('empty database: applying baseline, migrations and seed');
    await setupDatabase(db, {
      supabaseDir: config.supabaseDir,
      defaultPrivileges: config.defaultPrivileges,
      logger,
    });
    return;
  }
  // The baseline is idempotent, so rerunning it picks up edits to it.
  await applyBaseline(db, { defaultPrivileges: config.defaultPrivileges });
  const applied = await applyMigrations(db, config.supabaseDir, logger);
  logger.info({ applied }, applied.length ? 'applied new migrations' : 'migrations up to date');
}

async function start(config: Config): Promise<void> {
  const db = await openDatabase(config, logger);
  await prepare(db, config);
  const server = await startServer({ db, config, logger });
  console.log(
    [
      '',
      `Local Supabase stand-in is running (${describeBackend(config)}).`,
      `  API URL:          ${server.url}`,
      `  anon key:         ${server.anonKey}`,
      `  service_role key: ${server.serviceRoleKey}`,
      '',
    ].join('\n'),
  );
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await server.close();
    await db.close();
    logger.info('stopped');
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** Drops and recreates the DATABASE_URL database from the server's `postgres` database. */
async function recreatePostgresDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`drop database if exists ${quoted} with (force)`);
    await client.query(`create database ${quoted}`);
  } finally {
    await client.end();
  }
}

async function reset(config: Config): Promise<void> {
  if (config.databaseUrl) {
    await recreatePostgresDatabase(config.databaseUrl);
  } else {
    const folder = path.resolve(config.dataDir);
    if (folder === path.parse(folder).root || folder === REPO_ROOT) {
      throw new Error(`refusing to delete ${folder}: set LOCAL_SUPABASE_DATA_DIR to a data folder`);
    }
    rmSync(folder, { recursive: true, force: true });
  }
  const db = await openDatabase(config, logger);
  try {
    await setupDatabase(db, {
      supabaseDir: config.supabaseDir,
      defaultPrivileges: config.defaultPrivileges,
      logger,
    });
  } finally {
    await db.close();
  }
  console.log(`Rebuilt ${describeBackend(config)} from baseline, migrations and seed.`);
}

async function migrate(config: Config): Promise<void> {
  const db = await openDatabase(config, logger);
  try {
    const fresh = !(await isInitialised(db));
    await applyBaseline(db, { defaultPrivileges: config.defaultPrivileges });
    const applied = await applyMigrations(db, config.supabaseDir, logger);
    if (fresh) logger.info('new database: run `npm run db:reset` to load the seed as well');
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'No new migrations.');
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const commands: Record<string, (config: Config) => Promise<void>> = { start, reset, migrate };
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.log(USAGE);
    process.exitCode = command && command !== '--help' ? 1 : 0;
    return;
  }
  await run(loadConfig());
}

main().catch((error: unknown) => {
  logger.fatal({ message: (error as Error).message }, 'local Supabase stand-in failed');
  process.exitCode = 1;
});
