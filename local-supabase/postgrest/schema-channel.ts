import pg from 'pg';
import type pino from 'pino';

/** Delays between reconnection attempts, in milliseconds, as PostgREST backs off. */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16000, 32000];

export interface SchemaChannelOptions {
  uri: string;
  channel: string;
  logger: pino.Logger;
  /** Called for `NOTIFY <channel>` with an empty payload or 'reload schema'. */
  onReloadSchema: () => Promise<unknown>;
}

export interface SchemaChannel {
  /** Resolves once the first LISTEN is in place, so a NOTIFY sent after it is not missed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Listens on PostgREST's notification channel (PGRST_DB_CHANNEL, default `pgrst`) and
 * reloads the schema cache on `NOTIFY pgrst` or `NOTIFY pgrst, 'reload schema'`. A lost
 * connection is reopened with growing delays. NOTE: `reload config` is logged and ignored,
 * because the drop-in reads its settings from the environment only.
 */
export function listenForSchemaReloads(options: SchemaChannelOptions): SchemaChannel {
  const { logger } = options;
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  function reload(): void {
    logger.info({ channel: options.channel }, 'reloading the schema cache');
    options.onReloadSchema().catch((error: unknown) => {
      logger.error({ message: (error as Error).message }, 'schema cache reload failed');
    });
  }

  function scheduleReconnect(error: Error): void {
    if (closed || retryTimer !== null) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
    attempt += 1;
    logger.error(
      { message: error.message, channel: options.channel, retryInMs: delay },
      'schema reload channel failed; reconnecting',
    );
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.uri,
      fallback_application_name: 'local-supabase PostgREST drop-in listener',
    });
    next.on('error', scheduleReconnect);
    next.on('end', () => {
      if (!closed) scheduleReconnect(new Error('connection ended'));
    });
    next.on('notification', (message) => {
      const payload = message.payload ?? '';
      if (payload === '' || payload === 'reload schema') {
        reload();
      } else {
        logger.warn({ channel: options.channel, payload }, 'ignored notification');
      }
    });
    try {
      await next.connect();
      await next.query(`listen ${quoteIdentifier(options.channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      scheduleReconnect(error as Error);
      return;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    if (attempt > 0) {
      logger.info({ channel: options.channel }, 'schema reload channel reconnected');
      // Notifications sent while the channel was down reached no listener.
      reload();
    }
    attempt = 0;
    markReady();
  }

  void connect();

  return {
    ready,
    async close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      markReady();
      await client?.end();
    },
  };
}
