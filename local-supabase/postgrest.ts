// Runs the stand-in's REST engine on its own, in place of PostgREST, over an existing
// database, configured by PostgREST's environment variables:
//
//   PGRST_DB_URI=postgres://authenticator:secret@127.0.0.1:5432/app \
//   PGRST_DB_ANON_ROLE=web_anon PGRST_JWT_SECRET=... npm run postgrest

import { pathToFileURL } from 'node:url';

import pino from 'pino';

import {
  loadPostgrestConfig,
  PostgrestConfigError,
  type PostgrestConfig,
  unsupportedVariables,
} from './postgrest/config.ts';
import { openPostgrestDatabase } from './postgrest/database.ts';
import { listenForSchemaReloads } from './postgrest/schema-channel.ts';
import { startPostgrestServer, type RunningPostgrest } from './postgrest/server.ts';
import { reloadSchemaCache } from './rest/index.ts';
import { getSchemaCache } from './rest/schema/cache.ts';

export interface RunningDropIn extends RunningPostgrest {
  /** Closes the server, the schema reload channel and the pool. */
  stop(): Promise<void>;
}

/** Describes the database URL without its password, for logs. */
function describeUri(uri: string): string {
  const url = new URL(uri);
  return `${decodeURIComponent(url.username)}@${url.host}${url.pathname}`;
}

/**
 * Starts the drop-in: opens the pool, loads the schema cache (which also checks that the
 * database is reachable), listens for schema reload notifications and serves HTTP.
 */
export async function startPostgrest(
  config: PostgrestConfig,
  logger: pino.Logger,
): Promise<RunningDropIn> {
  const db = openPostgrestDatabase({ uri: config.dbUri, poolSize: config.poolSize, logger });
  try {
    await getSchemaCache(db, config.schemas);
  } catch (error) {
    await db.close();
    throw new Error(
      `loading the schema cache from ${describeUri(config.dbUri)} failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const channel =
    config.channel === null
      ? null
      : listenForSchemaReloads({
          uri: config.dbUri,
          channel: config.channel,
          logger,
          onReloadSchema: () => reloadSchemaCache(db, config.schemas),
        });
  await channel?.ready;
  const server = await startPostgrestServer({ config, db, logger });
  return {
    ...server,
    async stop() {
      await server.close();
      await channel?.close();
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  const config = loadPostgrestConfig();
  const logger = pino({ level: config.logLevel });
  const ignored = unsupportedVariables();
  if (ignored.length > 0) {
    logger.warn({ variables: ignored }, 'these PostgREST settings are not supported and ignored');
  }
  const running = await startPostgrest(config, logger);
  console.log(
    `PostgREST drop-in is serving ${describeUri(config.dbUri)} ` +
      `(schemas ${config.schemas.join(', ')}) at ${running.url}`,
  );
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    running.stop().then(
      () => logger.info('stopped'),
      (error: unknown) => logger.error({ message: (error as Error).message }, 'stopping failed'),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    const message = (error as Error).message;
    if (error instanceof PostgrestConfigError) {
      console.error(`Invalid configuration: ${message}`);
    } else {
      console.error(`PostgREST drop-in failed: ${message}`);
    }
    process.exitCode = 1;
  });
}
