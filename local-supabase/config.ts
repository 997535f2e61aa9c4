import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

/** The Supabase CLI's published local JWT secret; `JWT_SECRET` overrides it. */
export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AuthConfig {
  siteUrl: string;
  /** URLs besides `siteUrl` that email links may redirect to; `*` and `**` are globs. */
  additionalRedirectUrls: string[];
  /** Access-token lifetime in seconds. */
  jwtExpiry: number;
  enableRefreshTokenRotation: boolean;
  /** Seconds during which a just-rotated refresh token still works (GoTrue's grace window). */
  refreshTokenReuseInterval: number;
  enableSignup: boolean;
  enableEmailSignup: boolean;
  enableConfirmations: boolean;
  /** Seconds a confirmation link stays valid after it was sent. */
  emailOtpExpiry: number;
  minimumPasswordLength: number;
  /** Sign-in and sign-up requests allowed per 5 minutes, per IP address and per email. */
  rateLimitSignIn: number;
  /** Refresh requests allowed per 5 minutes per IP address. */
  rateLimitTokenRefresh: number;
}

export interface Config {
  port: number;
  /** Host the server binds to. Always loopback. */
  host: '127.0.0.1';
  jwtSecret: string;
  /** PostgreSQL admin (superuser) URL; when set the PostgreSQL backend is used instead of PGlite. */
  databaseUrl: string | null;
  /** PGlite data folder. */
  dataDir: string;
  /** Folder with config.toml, migrations/ and the seed. */
  supabaseDir: string;
  api: {
    schemas: string[];
    extraSearchPath: string[];
    /** Rows a read returns at most; null sets no limit (PostgREST without `db-max-rows`). */
    maxRows: number | null;
  };
  auth: AuthConfig;
  /** Emulate Supabase's default grants to the API roles on objects the owner creates in public. */
  defaultPrivileges: boolean;
  /** Maximum request body size in bytes; larger bodies get status 413. */
  maxBodyBytes: number;
}

type Table = Record<string, unknown>;

function table(value: unknown): Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Table)
    : {};
}

function readNumber(source: Table, key: string, fallback: number): number {
  const value = source[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function readBoolean(source: Table, key: string, fallback: boolean): boolean {
  const value = source[key];
  return typeof value === 'boolean' ? value : fallback;
}

function readString(source: Table, key: string, fallback: string): string {
  const value = source[key];
  return typeof value === 'string' ? value : fallback;
}

function readStrings(source: Table, key: string, fallback: string[]): string[] {
  const value = source[key];
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? (value as string[])
    : fallback;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SUPABASE_PORT must be an integer from 0 to 65535, got "${text}"`);
  }
  return port;
}

function parseSwitch(name: string, text: string): boolean {
  if (text === 'on') return true;
  if (text === 'off') return false;
  throw new Error(`${name} must be "on" or "off", got "${text}"`);
}

function parseRateLimit(text: string): number {
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`LOCAL_SUPABASE_RATE_LIMIT_SIGN_IN must be a positive integer, got "${text}"`);
  }
  return limit;
}

export interface LoadConfigOptions {
  supabaseDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Values that win over both the file and the environment (used by the test stack). */
  overrides?: Partial<Omit<Config, 'api' | 'auth'>> & {
    api?: Partial<Config['api']>;
    auth?: Partial<AuthConfig>;
  };
}

/**
 * Reads `supabase/config.toml` and applies the environment overrides
 * `SUPABASE_PORT`, `JWT_SECRET`, `DATABASE_URL`, `LOCAL_SUPABASE_DATA_DIR` and
 * `LOCAL_SUPABASE_RATE_LIMIT_SIGN_IN` (sign-ins per 5 minutes, for a browser suite that signs in
 * more often than a person would) and `LOCAL_SUPABASE_EMAIL_CONFIRMATIONS=on|off` (over
 * `[auth.email] enable_confirmations`).
 * Defaults for missing keys are the Supabase CLI's.
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const supabaseDir = options.supabaseDir ?? path.join(REPO_ROOT, 'supabase');
  const toml = parse(readFileSync(path.join(supabaseDir, 'config.toml'), 'utf8')) as Table;

  const api = table(toml.api);
  const auth = table(toml.auth);
  const authEmail = table(auth.email);
  const rateLimit = table(auth.rate_limit);

  const config: Config = {
    port: env.SUPABASE_PORT ? parsePort(env.SUPABASE_PORT) : readNumber(api, 'port', 54321),
    host: '127.0.0.1',
    jwtSecret: env.JWT_SECRET || readString(auth, 'jwt_secret', DEFAULT_JWT_SECRET),
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(REPO_ROOT, env.LOCAL_SUPABASE_DATA_DIR || '.local-supabase/data'),
    supabaseDir,
    api: {
      schemas: readStrings(api, 'schemas', ['public', 'graphql_public']),
      extraSearchPath: readStrings(api, 'extra_search_path', ['public', 'extensions']),
      maxRows: readNumber(api, 'max_rows', 1000),
    },
    auth: {
      siteUrl: readString(auth, 'site_url', 'http://127.0.0.1:3000'),
      additionalRedirectUrls: readStrings(auth, 'additional_redirect_urls', []),
      jwtExpiry: readNumber(auth, 'jwt_expiry', 3600),
      enableRefreshTokenRotation: readBoolean(auth, 'enable_refresh_token_rotation', true),
      refreshTokenReuseInterval: readNumber(auth, 'refresh_token_reuse_interval', 10),
      enableSignup: readBoolean(auth, 'enable_signup', true),
      enableEmailSignup: readBoolean(authEmail, 'enable_signup', true),
      enableConfirmations: env.LOCAL_SUPABASE_EMAIL_CONFIRMATIONS
        ? parseSwitch('LOCAL_SUPABASE_EMAIL_CONFIRMATIONS', env.LOCAL_SUPABASE_EMAIL_CONFIRMATIONS)
        : readBoolean(authEmail, 'enable_confirmations', false),
      emailOtpExpiry: readNumber(authEmail, 'otp_expiry', 3600),
      minimumPasswordLength: readNumber(auth, 'minimum_password_length', 6),
      rateLimitSignIn: env.LOCAL_SUPABASE_RATE_LIMIT_SIGN_IN
        ? parseRateLimit(env.LOCAL_SUPABASE_RATE_LIMIT_SIGN_IN)
        : readNumber(rateLimit, 'sign_in_sign_ups', 30),
      rateLimitTokenRefresh: readNumber(rateLimit, 'token_refresh', 150),
    },
    defaultPrivileges: env.LOCAL_SUPABASE_DEFAULT_PRIVILEGES !== 'off',
    maxBodyBytes: 1024 * 1024,
  };

  const { api: apiOverrides, auth: authOverrides, ...rest } = options.overrides ?? {};
  return {
    ...config,
    ...rest,
    api: { ...config.api, ...apiOverrides },
    auth: { ...config.auth, ...authOverrides },
  };
}
