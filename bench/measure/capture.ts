// Records the SQL that the stand-in's REST engine runs for a request, so the benchmark can
// time the same statements directly, without HTTP, with and without row-level security.

import pino from 'pino';

import { loadConfig } from '../../local-supabase/config.ts';
import type { Database, Queryable } from '../../local-supabase/db/types.ts';
import { startServer } from '../../local-supabase/server.ts';
import { send, signIn } from './http.ts';
import type { ApiRequest } from './pages.ts';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The statements of one request's transaction, in order. */
export interface CapturedTransaction {
  readOnly: boolean;
  statements: Statement[];
}

function recordingDatabase(db: Database, sink: CapturedTransaction[]): Database {
  return {
    ...db,
    transaction: (fn, options) =>
      db.transaction((tx) => {
        const captured: CapturedTransaction = {
          readOnly: options?.readOnly ?? false,
          statements: [],
        };
        sink.push(captured);
        const recorder: Queryable = {
          query: (sql, params) => {
            captured.statements.push({ sql, params: params ?? [] });
            return tx.query(sql, params);
          },
        };
        return fn(recorder);
      }, options),
  };
}

export interface CaptureTarget {
  key: string;
  email: string;
  password: string;
  request: ApiRequest;
}

/**
 * Starts an in-process stand-in over `db`, sends each request once as its user, and returns
 * the transaction each one ran, by key. Throws when a request fails.
 */
export async function captureTransactions(
  db: Database,
  targets: readonly CaptureTarget[],
): Promise<Map<string, CapturedTransaction>> {
  const sink: CapturedTransaction[] = [];
  const config = loadConfig({
    overrides: { port: 0, auth: { rateLimitSignIn: 1_000_000, rateLimitTokenRefresh: 1_000_000 } },
  });
  const server = await startServer({
    db: recordingDatabase(db, sink),
    config,
    logger: pino({ level: 'warn' }),
  });
  const result = new Map<string, CapturedTransaction>();
  const tokens = new Map<string, string>();
  try {
    for (const target of targets) {
      let token = tokens.get(target.email);
      if (!token) {
        token = (await signIn(server.url, server.anonKey, target.email, target.password)).token;
        tokens.set(target.email, token);
      }
      // The first request of a fresh server loads the schema cache inside its transaction, so
      // each request is sent twice and the second one is kept.
      await send(server.url, server.anonKey, token, target.request);
      sink.length = 0;
      const response = await send(server.url, server.anonKey, token, target.request);
      if (response.status >= 300) {
        throw new Error(
          `${target.request.name} as ${target.email} returned HTTP ${response.status}`,
        );
      }
      const transaction = sink.find((captured) => captured.statements.length > 1);
      if (!transaction) throw new Error(`${target.request.name} ran no transaction`);
      result.set(target.key, structuredClone(transaction));
    }
  } finally {
    await server.close();
  }
  return result;
}
