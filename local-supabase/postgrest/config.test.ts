import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { loadPostgrestConfig, PostgrestConfigError, unsupportedVariables } from './config.ts';

const URI = 'postgres://authenticator:secret@127.0.0.1:5432/app';
const SECRET = 'a-secret-of-exactly-thirty-two-c';

function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadPostgrestConfig(env);
  } catch (error) {
    if (error instanceof PostgrestConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a PostgrestConfigError');
}

describe('loadPostgrestConfig', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pgrst-config-'));

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("uses PostgREST's defaults", () => {
    const config = loadPostgrestConfig({ PGRST_DB_URI: URI });

    expect(config).toEqual({
      dbUri: URI,
      schemas: ['public'],
      anonRole: null,
      jwtSecret: null,
      maxRows: null,
      extraSearchPath: ['public'],
      port: 3000,
      host: '127.0.0.1',
      poolSize: 10,
      channel: 'pgrst',
      logLevel: 'error',
    });
  });

  it('reads every supported variable', () => {
    const config = loadPostgrestConfig({
      PGRST_DB_URI: URI,
      PGRST_DB_SCHEMAS: 'api, v2',
      PGRST_DB_ANON_ROLE: 'web_anon',
      PGRST_JWT_SECRET: SECRET,
      PGRST_DB_MAX_ROWS: '100',
      PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
      PGRST_SERVER_PORT: '3001',
      PGRST_SERVER_HOST: '::1',
      PGRST_DB_POOL: '4',
      PGRST_DB_CHANNEL: 'reload',
      PGRST_LOG_LEVEL: 'crit',
    });

    expect(config.schemas).toEqual(['api', 'v2']);
    expect(config.anonRole).toBe('web_anon');
    expect(Buffer.from(config.jwtSecret!).toString('utf8')).toBe(SECRET);
    expect(config.maxRows).toBe(100);
    expect(config.extraSearchPath).toEqual(['public', 'extensions']);
    expect(config.port).toBe(3001);
    expect(config.host).toBe('::1');
    expect(config.poolSize).toBe(4);
    expect(config.channel).toBe('reload');
    expect(config.logLevel).toBe('fatal');
  });

  it('treats empty values as unset', () => {
    const config = loadPostgrestConfig({ PGRST_DB_URI: URI, PGRST_DB_ANON_ROLE: '' });

    expect(config.anonRole).toBeNull();
  });

  it("maps PostgREST's any-address hosts", () => {
    expect(loadPostgrestConfig({ PGRST_DB_URI: URI, PGRST_SERVER_HOST: '!4' }).host).toBe(
      '0.0.0.0',
    );
    expect(loadPostgrestConfig({ PGRST_DB_URI: URI, PGRST_SERVER_HOST: '*' }).host).toBe('::');
  });

  it('switches the channel off', () => {
    const config = loadPostgrestConfig({ PGRST_DB_URI: URI, PGRST_DB_CHANNEL_ENABLED: 'false' });

    expect(config.channel).toBeNull();
  });

  it('requires PGRST_DB_URI', () => {
    expect(errorOf({})).toMatch(/^PGRST_DB_URI is missing/);
  });

  it('rejects a key=value connection string', () => {
    expect(errorOf({ PGRST_DB_URI: 'host=127.0.0.1 dbname=app' })).toMatch(
      /must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
  });

  it('rejects an invalid port', () => {
    expect(errorOf({ PGRST_DB_URI: URI, PGRST_SERVER_PORT: '70000' })).toBe(
      'PGRST_SERVER_PORT must be an integer from 0 to 65535, got "70000"',
    );
  });

  it('rejects a short secret', () => {
    expect(errorOf({ PGRST_DB_URI: URI, PGRST_JWT_SECRET: 'short' })).toBe(
      'PGRST_JWT_SECRET must be at least 32 characters long, got 5',
    );
  });

  it('rejects a JWK secret', () => {
    expect(errorOf({ PGRST_DB_URI: URI, PGRST_JWT_SECRET: '{"kty":"oct","k":"x"}' })).toMatch(
      /JWK or JWKS/,
    );
  });

  it('decodes a base64 secret', () => {
    const bytes = Buffer.alloc(32, 7);

    const config = loadPostgrestConfig({
      PGRST_DB_URI: URI,
      PGRST_JWT_SECRET: bytes.toString('base64url'),
      PGRST_JWT_SECRET_IS_BASE64: 'true',
    });

    expect(Buffer.from(config.jwtSecret!)).toEqual(bytes);
  });

  it('reads the URI and secret from files', () => {
    const uriFile = path.join(folder, 'uri');
    const secretFile = path.join(folder, 'secret');
    writeFileSync(uriFile, `${URI}\n`);
    writeFileSync(secretFile, `${SECRET}\n`);

    const config = loadPostgrestConfig({
      PGRST_DB_URI: `@${uriFile}`,
      PGRST_JWT_SECRET: `@${secretFile}`,
    });

    expect(config.dbUri).toBe(URI);
    expect(Buffer.from(config.jwtSecret!).toString('utf8')).toBe(SECRET);
  });

  it('rejects an unknown log level', () => {
    expect(errorOf({ PGRST_DB_URI: URI, PGRST_LOG_LEVEL: 'verbose' })).toBe(
      'PGRST_LOG_LEVEL must be one of crit, error, warn, info, debug, got "verbose"',
    );
  });
});

describe('unsupportedVariables', () => {
  it('lists PGRST_ variables the drop-in ignores', () => {
    const env = {
      PGRST_DB_URI: URI,
      PGRST_DB_PRE_REQUEST: 'api.check',
      PGRST_OPENAPI_MODE: 'disabled',
      DATABASE_URL: URI,
    };

    expect(unsupportedVariables(env)).toEqual(['PGRST_DB_PRE_REQUEST', 'PGRST_OPENAPI_MODE']);
  });
});
