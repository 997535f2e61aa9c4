// Runs the local Supabase stand-in in its own process for the benchmark, so the load
// generator and the server do not share one event loop. Prints one JSON line with the URL
// and keys when it is listening; stops on SIGTERM or when stdin closes.
//
// Environment: BENCH_DATABASE_URL (PostgreSQL superuser URL) or BENCH_PGLITE_DIR, and
// BENCH_PORT (0 for any free port).

import pino from 'pino';

import { loadConfig } from '../../local-supabase/config.ts';
import { openPglite } from '../../local-supabase/db/pglite.ts';
import { openPostgres } from '../../local-supabase/db/postgres.ts';
import { startServer } from '../../local-supabase/server.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL || null;
const pgliteDir = process.env.BENCH_PGLITE_DIR || null;
if (!databaseUrl && !pgliteDir) {
  console.error('Set BENCH_DATABASE_URL or BENCH_PGLITE_DIR to the database to serve.');
  process.exit(2);
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const config = loadConfig({
  overrides: {
    port: Number(process.env.BENCH_PORT ?? 0),
    databaseUrl,
    // Every virtual user of the load run signs in from 127.0.0.1, so the per-address limits
    // that protect a real deployment would turn the load run into a test of the rate limiter.
    auth: { rateLimitSignIn: 1_000_000, rateLimitTokenRefresh: 1_000_000 },
  },
});
// The same pool size as `npm start` with DATABASE_URL (openDatabase's default).
const db = databaseUrl
  ? await openPostgres({ adminUrl: databaseUrl })
  : await openPglite({ dataDir: pgliteDir! });
const server = await startServer({ db, config, logger });
process.stdout.write(
  `${JSON.stringify({ url: server.url, anonKey: server.anonKey, serviceRoleKey: server.serviceRoleKey })}\n`,
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await db.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
