import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pino from 'pino';

import type { Config } from '../config.ts';
import type { Database } from '../db/types.ts';
import { bearerToken, describeError, sendJson } from '../http.ts';
import { JwtError, verifyJwtSignature } from '../jwt.ts';
import { handleRest, type RestContext } from '../rest/index.ts';
import type { PostgrestConfig } from './config.ts';

/**
 * Role settings the drop-in adds to the REST context, so that the engine runs requests
 * without a JWT as the configured anonymous role and lets a JWT name any role granted to the
 * connecting user, as PostgREST does, instead of only Supabase's three.
 */
export interface PostgrestRoleOptions {
  /** Role for requests without a JWT (PGRST_DB_ANON_ROLE). */
  anonRole: string | null;
  /** 'granted': a JWT may name any role that the connecting user may `set role` to. */
  assumableRoles: 'granted';
}

export interface PostgrestServerOptions {
  config: PostgrestConfig;
  db: Database;
  logger: pino.Logger;
}

export interface RunningPostgrest {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Body size the REST engine accepts. PostgREST sets no limit of its own. */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

/** Headers PostgREST 12.2 exposes to browsers (its CORS policy). */
const EXPOSED_HEADERS = [
  'Content-Encoding',
  'Content-Location',
  'Content-Range',
  'Content-Type',
  'Date',
  'Location',
  'Server',
  'Transfer-Encoding',
  'Range-Unit',
].join(', ');

function errorBody(code: string, message: string) {
  return { code, details: null, hint: null, message };
}

/**
 * Builds the stand-in's Config with the drop-in's REST settings. The REST engine reads only
 * `api` and `maxBodyBytes`, so the other fields get neutral values.
 */
function restConfig(config: PostgrestConfig): Config {
  return {
    port: config.port,
    host: '127.0.0.1',
    jwtSecret: '',
    databaseUrl: config.dbUri,
    dataDir: '',
    supabaseDir: '',
    api: {
      schemas: config.schemas,
      extraSearchPath: config.extraSearchPath,
      maxRows: config.maxRows,
    },
    auth: {
      siteUrl: '',
      additionalRedirectUrls: [],
      jwtExpiry: 0,
      enableRefreshTokenRotation: false,
      refreshTokenReuseInterval: 0,
      enableSignup: false,
      enableEmailSignup: false,
      enableConfirmations: false,
      emailOtpExpiry: 0,
      minimumPasswordLength: 0,
      rateLimitSignIn: 0,
      rateLimitTokenRefresh: 0,
    },
    defaultPrivileges: false,
    maxBodyBytes: MAX_BODY_BYTES,
  };
}

/**
 * Applies PostgREST's CORS policy, which acts only on requests with an Origin header: any
 * origin, with the request's headers allowed on preflight. Returns true when it sent the
 * preflight response itself.
 */
function handleCors(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.headers.origin === undefined) return false;
  res.setHeader('Access-Control-Allow-Origin', '*');
  const isPreflight =
    req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!isPreflight) {
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    return false;
  }
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(200, {
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': requested ? `Authorization, ${requested}` : 'Authorization',
    'Access-Control-Max-Age': '86400',
    'Content-Length': '0',
  });
  res.end();
  return true;
}

type Authentication = { claims: Record<string, unknown> | null } | 'rejected';

/**
 * Authenticates a request as PostgREST 13 does, and sends the error response itself when it
 * rejects the request. Without an Authorization bearer token the request is anonymous, which
 * needs PGRST_DB_ANON_ROLE. A token needs PGRST_JWT_SECRET and a valid HS256 signature. Its
 * `role` claim, or the anonymous role when the claim is absent, is the role the request runs
 * as, and Postgres decides whether the connecting user may switch to it.
 */
async function authenticate(
  req: IncomingMessage,
  res: ServerResponse,
  config: PostgrestConfig,
): Promise<Authentication> {
  const token = bearerToken(req);
  let payload: Record<string, unknown> = {};
  if (token !== null) {
    if (token !== '' && config.jwtSecret === null) {
      sendJson(res, 500, errorBody('PGRST300', 'Server lacks JWT secret'));
      return 'rejected';
    }
    try {
      payload = await verifyJwtSignature(token, config.jwtSecret ?? new Uint8Array());
    } catch (error) {
      if (!(error instanceof JwtError) || error.failure.kind === 'role') throw error;
      const code = error.failure.kind === 'claims' ? 'PGRST303' : 'PGRST301';
      const message = error.failure.message;
      sendJson(res, 401, errorBody(code, message), {
        'WWW-Authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(message)}`,
      });
      return 'rejected';
    }
  }

  const claimed = payload.role;
  // PostgREST uses a non-string role claim as its JSON text.
  const role =
    claimed === undefined
      ? config.anonRole
      : typeof claimed === 'string'
        ? claimed
        : JSON.stringify(claimed);
  if (role === null) {
    sendJson(res, 401, errorBody('PGRST302', 'Anonymous access is disabled'), {
      'WWW-Authenticate': 'Bearer',
    });
    return 'rejected';
  }
  return { claims: token === null ? null : { ...payload, role } };
}

/**
 * Starts the PostgREST drop-in: PostgREST's paths at the root (`/table`, `/rpc/fn`, `/` for
 * the OpenAPI document), served by the stand-in's REST engine over an existing database.
 */
export async function startPostgrestServer(
  options: PostgrestServerOptions,
): Promise<RunningPostgrest> {
  const { config, db, logger } = options;
  const rest = restConfig(config);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (handleCors(req, res)) return;
    const authentication = await authenticate(req, res, config);
    if (authentication === 'rejected') return;
    const context: RestContext & PostgrestRoleOptions = {
      db,
      config: rest,
      logger,
      claims: authentication.claims,
      pathname: url.pathname,
      search: url.searchParams,
      anonRole: config.anonRole,
      assumableRoles: 'granted',
    };
    await handleRest(req, res, context);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    route(req, res, url).catch((error: unknown) => {
      logger.error({ error: describeError(error), path: url.pathname }, 'request failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, 500, errorBody('PGRSTX00', 'Internal error in the PostgREST drop-in'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
