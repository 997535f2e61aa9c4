import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_JWT_SECRET } from './config.ts';
import { apiKey, JwtError, signJwt, verifyJwt } from './jwt.ts';

// The keys `supabase start` prints for the default local secret.
const PUBLISHED_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
const PUBLISHED_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** Builds a token by hand, so that attacks do not depend on the code under test. */
function handmadeToken(header: object, claims: object, secret: string | null): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  if (secret === null) return `${signingInput}.`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

async function failureOf(token: string): Promise<JwtError['failure']> {
  try {
    await verifyJwt(token, DEFAULT_JWT_SECRET);
  } catch (error) {
    if (error instanceof JwtError) return error.failure;
    throw error;
  }
  throw new Error('token was accepted');
}

const now = () => Math.floor(Date.now() / 1000);

describe('API keys', () => {
  it('anon key equals the published one', async () => {
    expect(await apiKey('anon', DEFAULT_JWT_SECRET)).toBe(PUBLISHED_ANON_KEY);
  });

  it('service_role key equals the published one', async () => {
    expect(await apiKey('service_role', DEFAULT_JWT_SECRET)).toBe(PUBLISHED_SERVICE_ROLE_KEY);
  });

  it('signature matches an independent HMAC', async () => {
    const claims = { sub: 'x', role: 'authenticated', exp: now() + 60 };
    const expected = handmadeToken({ alg: 'HS256', typ: 'JWT' }, claims, DEFAULT_JWT_SECRET);
    expect(await signJwt(claims, DEFAULT_JWT_SECRET)).toBe(expected);
  });
});

describe('verifyJwt', () => {
  it('accepts a valid token', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'u1', role: 'authenticated', exp: now() + 60 },
      DEFAULT_JWT_SECRET,
    );
    const claims = await verifyJwt(token, DEFAULT_JWT_SECRET);
    expect(claims.sub).toBe('u1');
    expect(claims.role).toBe('authenticated');
  });

  it('defaults a missing role to anon', async () => {
    const token = handmadeToken({ alg: 'HS256' }, { exp: now() + 60 }, DEFAULT_JWT_SECRET);
    expect((await verifyJwt(token, DEFAULT_JWT_SECRET)).role).toBe('anon');
  });

  it('rejects alg none', async () => {
    const token = handmadeToken({ alg: 'none', typ: 'JWT' }, { role: 'service_role' }, null);
    expect(await failureOf(token)).toEqual({
      kind: 'decode',
      message: 'Wrong or unsupported encoding algorithm',
    });
  });

  it('rejects another secret', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'service_role', exp: now() + 60 },
      'another-secret-that-is-at-least-32-characters',
    );
    expect(await failureOf(token)).toEqual({
      kind: 'decode',
      message: 'JWT cryptographic operation failed',
    });
  });

  it('rejects an expired token', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'authenticated', exp: now() - 120 },
      DEFAULT_JWT_SECRET,
    );
    expect(await failureOf(token)).toEqual({ kind: 'claims', message: 'JWT expired' });
  });

  it('accepts expiry within the clock skew', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'authenticated', exp: now() - 5 },
      DEFAULT_JWT_SECRET,
    );
    expect((await verifyJwt(token, DEFAULT_JWT_SECRET)).role).toBe('authenticated');
  });

  it('rejects role postgres', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'postgres', exp: now() + 60 },
      DEFAULT_JWT_SECRET,
    );
    expect(await failureOf(token)).toEqual({ kind: 'role', role: 'postgres' });
  });

  it('rejects a token with two parts', async () => {
    expect(await failureOf('abc.def')).toEqual({
      kind: 'decode',
      message: 'Expected 3 parts in JWT; got 2',
    });
  });
});
