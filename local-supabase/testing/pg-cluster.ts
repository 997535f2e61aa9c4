import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** Bootstrap superuser of the throwaway cluster, named as on hosted Supabase. */
export const CLUSTER_SUPERUSER = 'supabase_admin';

export interface Cluster {
  /** Superuser URL of the cluster's `postgres` database. */
  adminUrl: string;
  folder: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds a server command; Postgres rejects running as root, so as root it runs as `osUser`. */
function commandAs(osUser: string | null, binary: string, args: string[]): [string, string[]] {
  const file = path.join(POSTGRES_BIN, binary);
  return osUser ? ['runuser', ['-u', osUser, '--', file, ...args]] : [file, args];
}

export function postgresBinariesPresent(): boolean {
  return (
    existsSync(path.join(POSTGRES_BIN, 'initdb')) && existsSync(path.join(POSTGRES_BIN, 'pg_ctl'))
  );
}

/**
 * Starts a PostgreSQL 15 cluster in a new temporary folder, listening on a
 * free loopback port only, with `supabase_admin` as the bootstrap superuser
 * and a random password. Durability settings are off because the cluster
 * only lives for one test run.
 */
export async function startCluster(): Promise<Cluster> {
  const osUser = userInfo().uid === 0 ? 'postgres' : null;
  const folder = mkdtempSync(path.join(tmpdir(), 'local-supabase-pg-'));
  const dataDir = path.join(folder, 'data');
  const passwordFile = path.join(folder, 'password');
  const password = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (osUser) {
    const { uid, gid } = await osUserIds(osUser);
    chownSync(folder, uid, gid);
    chownSync(passwordFile, uid, gid);
  }

  const initdb = commandAs(osUser, 'initdb', [
    '-D',
    dataDir,
    '-U',
    CLUSTER_SUPERUSER,
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  await run(initdb[0], initdb[1]);

  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
    '-c shared_buffers=64MB',
  ].join(' ');
  const start = commandAs(osUser, 'pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(folder, 'server.log'),
    '-o',
    options,
    '-w',
    'start',
  ]);
  await run(start[0], start[1]);

  const adminUrl = `postgres://${CLUSTER_SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    folder,
    async stop() {
      const stop = commandAs(osUser, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      try {
        await run(stop[0], stop[1]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

async function osUserIds(name: string): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', name])).stdout.trim());
  const gid = Number((await run('id', ['-g', name])).stdout.trim());
  return { uid, gid };
}

/**
 * Run directly (`npx tsx local-supabase/testing/pg-cluster.ts`) to get a
 * throwaway cluster with a `local_supabase` database for trying the
 * PostgreSQL backend by hand; Ctrl-C stops and deletes it.
 */
async function main(): Promise<void> {
  if (!postgresBinariesPresent()) {
    console.error(`No PostgreSQL server binaries in ${POSTGRES_BIN}.`);
    process.exitCode = 1;
    return;
  }
  const cluster = await startCluster();
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  await client.query('create database local_supabase');
  await client.end();
  const url = new URL(cluster.adminUrl);
  url.pathname = '/local_supabase';
  console.log(`Cluster in ${cluster.folder}. In another shell:`);
  console.log(`  DATABASE_URL='${url.toString()}' npm run supabase -- start`);
  console.log('Press Ctrl-C to stop and delete it.');
  // A signal listener alone does not keep Node running, so a timer does.
  const keepAlive = setInterval(() => undefined, 60_000);
  const stop = () => {
    clearInterval(keepAlive);
    cluster.stop().then(
      () => console.log('Cluster stopped and deleted.'),
      (error: unknown) => console.error('Stopping the cluster failed:', error),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
