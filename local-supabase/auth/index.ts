import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/types.ts';
import { BodyTooLargeError, clientAddress, describeError, sendJson } from '../http.ts';
import type { RequestLog } from '../server.ts';
import type { AuthContext } from './context.ts';
import { AuthError, OAuthError, sendAuthError } from './errors.ts';
import { RATE_LIMIT_WINDOW_MS, SlidingWindowLimiter } from './rate-limit.ts';
import { handleAdminUsers } from './routes/admin.ts';
import { handleGenerateLink } from './routes/generate-link.ts';
import { handleSignup } from './routes/signup.ts';
import { handleToken } from './routes/token.ts';
import { handleGetUser, handleLogout, handleUpdateUser } from './routes/user.ts';
import { handleVerifyGet, handleVerifyPost } from './routes/verify.ts';

export interface AuthDependencies {
  db: Database;
  config: Config;
  logger: pino.Logger;
  /** The API's base URL, known once the server listens; tokens' `iss` is this plus `/auth/v1`. */
  publicUrl: () => string;
}

export interface AuthRequest {
  /** Path after `/auth/v1`. */
  pathname: string;
  search: URLSearchParams;
  log: RequestLog;
}

/** GoTrue's provider flags as `GET /settings` lists them; only email is served here. */
const EXTERNAL_PROVIDERS = [
  'anonymous_users',
  'apple',
  'azure',
  'bitbucket',
  'discord',
  'facebook',
  'snapchat',
  'figma',
  'fly',
  'github',
  'gitlab',
  'google',
  'keycloak',
  'kakao',
  'linkedin',
  'linkedin_oidc',
  'notion',
  'spotify',
  'slack',
  'slack_oidc',
  'workos',
  'twitch',
  'twitter',
  'email',
  'phone',
  'zoom',
];

function settings(config: Config): Record<string, unknown> {
  const external = Object.fromEntries(
    EXTERNAL_PROVIDERS.map((name) => [name, name === 'email' && config.auth.enableEmailSignup]),
  );
  return {
    external,
    disable_signup: !config.auth.enableSignup,
    mailer_autoconfirm: !config.auth.enableConfirmations,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  };
}

type Route = (ctx: AuthContext) => Promise<void>;

function routeFor(method: string, pathname: string): Route | null {
  const key = `${method} ${pathname.replace(/\/+$/, '') || '/'}`;
  switch (key) {
    case 'GET /health':
      return async (ctx) =>
        sendJson(ctx.res, 200, {
          version: 'local-supabase',
          name: 'GoTrue',
          description: 'GoTrue is a user registration and authentication API',
        });
    case 'GET /settings':
      return async (ctx) => sendJson(ctx.res, 200, settings(ctx.config));
    case 'POST /signup':
      return handleSignup;
    case 'POST /token':
      return handleToken;
    case 'GET /user':
      return handleGetUser;
    case 'PUT /user':
      return handleUpdateUser;
    case 'POST /logout':
      return handleLogout;
    case 'GET /verify':
      return handleVerifyGet;
    case 'POST /verify':
      return handleVerifyPost;
    case 'POST /admin/generate_link':
      return handleGenerateLink;
  }
  const admin = /^\/admin\/users(?:\/([^/]+))?\/?$/.exec(pathname);
  if (admin) return (ctx) => handleAdminUsers(ctx, admin[1] ?? '');
  return null;
}

/**
 * Builds the `/auth/v1` handler: GoTrue's password, session, email
 * confirmation, user and admin-user endpoints over `auth.*` tables, with its
 * error shapes.
 */
export function createAuthHandler(deps: AuthDependencies) {
  const { auth } = deps.config;
  const limits = {
    signInByAddress: new SlidingWindowLimiter(auth.rateLimitSignIn, RATE_LIMIT_WINDOW_MS),
    signInByEmail: new SlidingWindowLimiter(auth.rateLimitSignIn, RATE_LIMIT_WINDOW_MS),
    refreshByAddress: new SlidingWindowLimiter(auth.rateLimitTokenRefresh, RATE_LIMIT_WINDOW_MS),
  };

  return async (req: IncomingMessage, res: ServerResponse, request: AuthRequest) => {
    const ctx: AuthContext = {
      req,
      res,
      db: deps.db,
      config: deps.config,
      logger: deps.logger,
      search: request.search,
      log: request.log,
      issuer: `${deps.publicUrl()}/auth/v1`,
      limits,
      client: {
        userAgent: req.headers['user-agent'] ?? null,
        ip: clientAddress(req),
      },
    };
    const route = routeFor(req.method ?? 'GET', request.pathname);
    try {
      if (!route) throw new AuthError(404, 'not_found', 'Not Found');
      await route(ctx);
    } catch (error) {
      if (error instanceof AuthError || error instanceof OAuthError) {
        if (error instanceof AuthError && error.status === 429) {
          deps.logger.warn(
            { path: request.pathname, ip: ctx.client.ip },
            'auth rate limit reached',
          );
        }
        sendAuthError(req, res, error);
        return;
      }
      if (error instanceof BodyTooLargeError) throw error;
      deps.logger.error(
        { error: describeError(error), path: request.pathname },
        'auth request failed',
      );
      sendAuthError(
        req,
        res,
        new AuthError(
          500,
          'unexpected_failure',
          'Unexpected failure, please check server logs for more information',
        ),
      );
    }
  };
}
