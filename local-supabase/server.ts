import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type pino from 'pino';
import { createAuthHandler } from './auth/index.ts';
import type { Config } from './config.ts';
import type { Database } from './db/types.ts';
import {
  sendPreflightResponse,
  applyCors,
  bearerToken,
  BodyTooLargeError,
  describeError,
  readBody,
  sendJson,
} from './http.ts';
import { apiKey, JwtError, verifyJwt } from './jwt.ts';
import { handleRest } from './rest/index.ts';

export interface ServerOptions {
  db: Database;
  config: Config;
  logger: pino.Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  anonKey: string;
  serviceRoleKey: string;
  server: Server;
  close(): Promise<void>;
}

/** Fields the request log line takes from the handlers. */
export interface RequestLog {
  userId: string | null;
}

/** Auth routes that Supabase's gateway serves without an API key. */
const OPEN_AUTH_PATHS = new Set(['/verify', '/callback', '/authorize']);

function restErrorBody(code: string, message: string, details: string | null = null) {
  return { code, details, hint: null, message };
}

/** Rejects a request whose declared or actual body passes the limit. */
async function boundedRequest(req: IncomingMessage, limit: number): Promise<IncomingMessage> {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    if (Number(declared) > limit) throw new BodyTooLargeError(limit);
    return req;
  }
  if (req.headers['transfer-encoding'] === undefined) return req;
  // A chunked body has no declared size, so it is read here under the limit
  // and replayed to the handler as a stream with the original's fields.
  // NOTE: the replayed stream is not a real IncomingMessage (no socket events).
  const body = await readBody(req, limit);
  const replay = Readable.from([body]);
  return Object.assign(replay, {
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, config, logger } = options;
  const anonKey = await apiKey('anon', config.jwtSecret);
  const serviceRoleKey = await apiKey('service_role', config.jwtSecret);
  let publicUrl = '';
  const handleAuth = createAuthHandler({ db, config, logger, publicUrl: () => publicUrl });

  /**
   * Verifies the REST request's token and returns its claims, or null for an
   * anonymous request. For a rejected token it sends the 401 or 403 itself.
   */
  async function restClaims(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<Record<string, unknown> | null | 'rejected'> {
    const token = bearerToken(req);
    if (token === null || token === anonKey) return null;
    try {
      return await verifyJwt(token, config.jwtSecret);
    } catch (error) {
      if (!(error instanceof JwtError)) throw error;
      const failure = error.failure;
      if (failure.kind === 'role') {
        // PostgREST runs `set local role` and relays Postgres's error.
        const exists = await db.query('select 1 from pg_roles where rolname = $1', [failure.role]);
        if (exists.rows.length === 0) {
          sendJson(res, 401, restErrorBody('22023', `role "${failure.role}" does not exist`), {
            'WWW-Authenticate': 'Bearer',
          });
        } else {
          sendJson(
            res,
            403,
            restErrorBody('42501', `permission denied to set role "${failure.role}"`),
          );
        }
        return 'rejected';
      }
      const code = failure.kind === 'claims' ? 'PGRST303' : 'PGRST301';
      sendJson(res, 401, restErrorBody(code, failure.message), {
        'WWW-Authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(failure.message)}`,
      });
      return 'rejected';
    }
  }

  function checkApiKey(req: IncomingMessage, url: URL, res: ServerResponse): boolean {
    const key = req.headers.apikey ?? url.searchParams.get('apikey');
    if (key === undefined || key === null || key === '') {
      sendJson(res, 401, {
        message: 'No API key found in request',
        hint: 'No `apikey` request header or url param was found.',
      });
      return false;
    }
    if (key !== anonKey && key !== serviceRoleKey) {
      sendJson(res, 401, {
        message: 'Invalid API key',
        hint: 'Double check your Supabase `anon` or `service_role` API key.',
      });
      return false;
    }
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, log: RequestLog) {
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      sendPreflightResponse(req, res);
      return;
    }
    const isAuth = url.pathname.startsWith('/auth/v1/') || url.pathname === '/auth/v1';
    const isRest = url.pathname.startsWith('/rest/v1/') || url.pathname === '/rest/v1';
    if (!isAuth && !isRest) {
      sendJson(res, 404, { message: 'no Route matched with those values' });
      return;
    }
    const subPath = url.pathname.slice(isAuth ? '/auth/v1'.length : '/rest/v1'.length) || '/';
    if (!(isAuth && OPEN_AUTH_PATHS.has(subPath)) && !checkApiKey(req, url, res)) return;
    const bounded = await boundedRequest(req, config.maxBodyBytes);

    if (isAuth) {
      await handleAuth(bounded, res, { pathname: subPath, search: url.searchParams, log });
      return;
    }
    const claims = await restClaims(bounded, res);
    if (claims === 'rejected') return;
    log.userId = typeof claims?.sub === 'string' ? claims.sub : null;
    await handleRest(bounded, res, {
      db,
      config,
      logger,
      claims,
      pathname: subPath,
      search: url.searchParams,
    });
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const log: RequestLog = { userId: null };
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          userId: log.userId,
        },
        'request',
      );
    });
    route(req, res, url, log).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        if (!res.headersSent)
          sendJson(res, 413, { message: 'Request size limit exceeded' }, { Connection: 'close' });
        return;
      }
      logger.error({ error: describeError(error), path: url.pathname }, 'request failed');
      if (!res.headersSent) {
        sendJson(
          res,
          500,
          restErrorBody('PGRST000', 'internal error in the local Supabase stand-in'),
        );
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  publicUrl = `http://${config.host}:${port}`;

  return {
    url: publicUrl,
    port,
    anonKey,
    serviceRoleKey,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
