import { readFileSync } from 'node:fs';

/**
 * Settings of the PostgREST drop-in, read from PostgREST's own environment variables. Names
 * and defaults follow PostgREST 12.2's configuration, except the host (loopback here).
 */
export interface PostgrestConfig {
  /** PostgreSQL URL; its user is the authenticator that switches role per request. */
  dbUri: string;
  /** Exposed schemas; the first is the default, the others need Accept-Profile or Content-Profile. */
  schemas: string[];
  /** Role for requests without a JWT; null rejects them with PGRST302, as PostgREST does. */
  anonRole: string | null;
  /** HS256 secret; null rejects every request that sends a JWT with PGRST300. */
  jwtSecret: Uint8Array | null;
  /** Rows a read returns at most; null sets no limit. */
  maxRows: number | null;
  extraSearchPath: string[];
  port: number;
  host: string;
  /** Connections in the pool. */
  poolSize: number;
  /** NOTIFY channel that triggers a schema cache reload; null when switched off. */
  channel: string | null;
  /** pino level that PGRST_LOG_LEVEL maps to. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
}

export class PostgrestConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgrestConfigError';
  }
}

/** PGRST_* variables that the drop-in reads; it warns about any other that is set. */
export const SUPPORTED_VARIABLES = [
  'PGRST_DB_URI',
  'PGRST_DB_SCHEMAS',
  'PGRST_DB_ANON_ROLE',
  'PGRST_JWT_SECRET',
  'PGRST_JWT_SECRET_IS_BASE64',
  'PGRST_DB_MAX_ROWS',
  'PGRST_DB_EXTRA_SEARCH_PATH',
  'PGRST_SERVER_PORT',
  'PGRST_SERVER_HOST',
  'PGRST_DB_POOL',
  'PGRST_DB_CHANNEL',
  'PGRST_DB_CHANNEL_ENABLED',
  'PGRST_LOG_LEVEL',
] as const;

const LOG_LEVELS: Record<string, PostgrestConfig['logLevel']> = {
  crit: 'fatal',
  error: 'error',
  warn: 'warn',
  info: 'info',
  debug: 'debug',
};

/** PostgREST's special host values, which mean "every address" of one or both families. */
const ANY_HOST: Record<string, string> = {
  '*': '::',
  '*4': '0.0.0.0',
  '!4': '0.0.0.0',
  '*6': '::',
  '!6': '::',
};

/** Reads a variable as PostgREST does: an empty value counts as unset. */
function read(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  return value === undefined || value === '' ? null : value;
}

/** Reads a value from the file a leading `@` names, as PostgREST does for the URI and secret. */
function fromFileReference(name: string, value: string): string {
  if (!value.startsWith('@')) return value;
  const file = value.slice(1);
  try {
    return readFileSync(file, 'utf8').replace(/\n$/, '');
  } catch (error) {
    throw new PostgrestConfigError(
      `${name} names the file ${file}, which could not be read: ${(error as Error).message}`,
    );
  }
}

function commaList(value: string | null, fallback: string[]): string[] {
  if (value === null) return fallback;
  return value.split(',').map((item) => item.trim());
}

function integer(name: string, value: string, minimum: number, maximum: number): number {
  const parsed = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || parsed < minimum || parsed > maximum) {
    throw new PostgrestConfigError(
      `${name} must be an integer from ${minimum} to ${maximum}, got "${value}"`,
    );
  }
  return parsed;
}

function boolean(name: string, value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  const normalised = value.trim().toLowerCase();
  if (['true', 'on', 'yes', '1'].includes(normalised)) return true;
  if (['false', 'off', 'no', '0'].includes(normalised)) return false;
  throw new PostgrestConfigError(`${name} must be true or false, got "${value}"`);
}

function parseDbUri(env: NodeJS.ProcessEnv): string {
  const raw = read(env, 'PGRST_DB_URI');
  if (raw === null) {
    throw new PostgrestConfigError(
      'PGRST_DB_URI is missing: set it to the PostgreSQL URL PostgREST would connect to, ' +
        'such as postgres://authenticator:secret@127.0.0.1:5432/app',
    );
  }
  const uri = fromFileReference('PGRST_DB_URI', raw).trim();
  if (!/^postgres(ql)?:\/\//.test(uri)) {
    throw new PostgrestConfigError(
      'PGRST_DB_URI must be a postgres:// or postgresql:// URL; libpq key=value strings ' +
        'are not supported by the drop-in',
    );
  }
  return uri;
}

function parseJwtSecret(env: NodeJS.ProcessEnv): Uint8Array | null {
  const raw = read(env, 'PGRST_JWT_SECRET');
  if (raw === null) return null;
  const secret = fromFileReference('PGRST_JWT_SECRET', raw);
  if (secret.trimStart().startsWith('{')) {
    throw new PostgrestConfigError(
      'PGRST_JWT_SECRET holds a JWK or JWKS, which the drop-in does not support: ' +
        'give the HS256 secret as text',
    );
  }
  let key: Uint8Array;
  if (boolean('PGRST_JWT_SECRET_IS_BASE64', read(env, 'PGRST_JWT_SECRET_IS_BASE64'), false)) {
    // PostgREST accepts the URL-safe alphabet as well.
    const standard = secret.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/\./g, '=');
    key = new Uint8Array(Buffer.from(standard, 'base64'));
  } else {
    key = new TextEncoder().encode(secret);
  }
  // PostgREST's documentation requires 32 characters; the drop-in rejects shorter secrets
  // at start-up rather than failing every token later.
  if (key.length < 32) {
    throw new PostgrestConfigError(
      `PGRST_JWT_SECRET must be at least 32 characters long, got ${key.length}`,
    );
  }
  return key;
}

function parseLogLevel(env: NodeJS.ProcessEnv): PostgrestConfig['logLevel'] {
  const value = read(env, 'PGRST_LOG_LEVEL') ?? 'error';
  const level = LOG_LEVELS[value];
  if (level === undefined) {
    throw new PostgrestConfigError(
      `PGRST_LOG_LEVEL must be one of ${Object.keys(LOG_LEVELS).join(', ')}, got "${value}"`,
    );
  }
  return level;
}

/**
 * Reads the drop-in's settings from PostgREST's environment variables. Raises
 * PostgrestConfigError for a missing PGRST_DB_URI or an invalid value. Defaults are
 * PostgREST's, except PGRST_SERVER_HOST, which defaults to 127.0.0.1 where PostgREST
 * listens on every IPv4 address.
 */
export function loadPostgrestConfig(env: NodeJS.ProcessEnv = process.env): PostgrestConfig {
  const maxRows = read(env, 'PGRST_DB_MAX_ROWS');
  const port = read(env, 'PGRST_SERVER_PORT');
  const host = read(env, 'PGRST_SERVER_HOST') ?? '127.0.0.1';
  const pool = read(env, 'PGRST_DB_POOL');
  const channelEnabled = boolean(
    'PGRST_DB_CHANNEL_ENABLED',
    read(env, 'PGRST_DB_CHANNEL_ENABLED'),
    true,
  );
  return {
    dbUri: parseDbUri(env),
    schemas: commaList(read(env, 'PGRST_DB_SCHEMAS'), ['public']),
    anonRole: read(env, 'PGRST_DB_ANON_ROLE'),
    jwtSecret: parseJwtSecret(env),
    maxRows: maxRows === null ? null : integer('PGRST_DB_MAX_ROWS', maxRows, 0, 2 ** 31 - 1),
    extraSearchPath: commaList(read(env, 'PGRST_DB_EXTRA_SEARCH_PATH'), ['public']),
    port: port === null ? 3000 : integer('PGRST_SERVER_PORT', port, 0, 65535),
    host: ANY_HOST[host] ?? host,
    poolSize: pool === null ? 10 : integer('PGRST_DB_POOL', pool, 1, 1000),
    channel: channelEnabled ? (read(env, 'PGRST_DB_CHANNEL') ?? 'pgrst') : null,
    logLevel: parseLogLevel(env),
  };
}

/** Returns the PGRST_* variables set in `env` that the drop-in does not read. */
export function unsupportedVariables(env: NodeJS.ProcessEnv = process.env): string[] {
  const supported = new Set<string>(SUPPORTED_VARIABLES);
  return Object.keys(env)
    .filter((name) => name.startsWith('PGRST_') && !supported.has(name))
    .sort();
}
