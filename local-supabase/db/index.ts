import type pino from 'pino';
import type { Config } from '../config.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './types.ts';

export type { Backend, Database, Queryable, QueryResult } from './types.ts';
export { openPglite } from './pglite.ts';
export { openPostgres } from './postgres.ts';

/** Opens PostgreSQL when `DATABASE_URL` is set, else PGlite in the data folder. */
export function openDatabase(config: Config, logger?: pino.Logger): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ adminUrl: config.databaseUrl, logger })
    : openPglite({ dataDir: config.dataDir });
}
