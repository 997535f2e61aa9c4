// Databases for the benchmark: a throwaway PostgreSQL 15 cluster (as the API tests start) or
// PGlite in a folder, each built from the baseline and the migrations, without the demo seed.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type pino from 'pino';

import { loadConfig } from '../../local-supabase/config.ts';
import { setupDatabase } from '../../local-supabase/db/migrate.ts';
import { openPglite } from '../../local-supabase/db/pglite.ts';
import { openPostgres } from '../../local-supabase/db/postgres.ts';
import type { Database } from '../../local-supabase/db/types.ts';
import {
  postgresBinariesPresent,
  startCluster,
  type Cluster,
} from '../../local-supabase/testing/pg-cluster.ts';

export interface BenchDatabase {
  db: Database;
  backend: 'postgres' | 'pglite';
  /** Superuser URL of the PostgreSQL database; null on PGlite. */
  adminUrl: string | null;
  /** PGlite's data folder; null on PostgreSQL. */
  dataDir: string | null;
  /** Closes the database, then stops and deletes the cluster or folder. */
  dispose(): Promise<void>;
}

export function postgresAvailable(): boolean {
  return postgresBinariesPresent();
}

/** Starts the cluster for every PostgreSQL scale of a run; each scale gets its own database. */
export async function startBenchCluster(): Promise<Cluster> {
  return startCluster();
}

/**
 * Copies supabase/ without the named migrations, for measuring the schema as it was before
 * them. Returns the copy's path, to pass as supabaseDir; the caller deletes it.
 */
export function supabaseDirWithout(versions: readonly string[]): string {
  const source = loadConfig().supabaseDir;
  const copy = mkdtempSync(path.join(tmpdir(), 'bench-supabase-'));
  cpSync(source, copy, {
    recursive: true,
    filter: (file) => !versions.some((version) => path.basename(file).startsWith(`${version}_`)),
  });
  return copy;
}

async function migrate(db: Database, supabaseDir?: string, logger?: pino.Logger): Promise<void> {
  await setupDatabase(db, {
    supabaseDir: supabaseDir ?? loadConfig().supabaseDir,
    migrations: true,
    seed: false,
    defaultPrivileges: true,
    logger,
  });
}

export async function createPostgresDatabase(
  cluster: Cluster,
  name: string,
  supabaseDir?: string,
  logger?: pino.Logger,
): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(cluster.adminUrl);
  url.pathname = `/${name}`;
  const adminUrl = url.toString();
  const db = await openPostgres({ adminUrl });
  await migrate(db, supabaseDir, logger);
  return {
    db,
    backend: 'postgres',
    adminUrl,
    dataDir: null,
    async dispose() {
      await db.close();
      const dropper = new pg.Client({ connectionString: cluster.adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export async function createPgliteDatabase(
  supabaseDir?: string,
  logger?: pino.Logger,
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-pglite-'));
  const opened = await openPglite({ dataDir });
  let closed = false;
  // PGlite allows one process per folder, so the parent closes its copy before the server
  // process opens the folder; closing twice is then harmless.
  const db: Database = {
    ...opened,
    close: async () => {
      if (closed) return;
      closed = true;
      await opened.close();
    },
  };
  await migrate(db, supabaseDir, logger);
  return {
    db,
    backend: 'pglite',
    adminUrl: null,
    dataDir,
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
