import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHeaders, createTestClient, readJson } from './testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from './testing/stack.ts';

function handmadeToken(header: object, claims: object, secret: string | null): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${part(header)}.${part(claims)}`;
  if (secret === null) return `${signingInput}.`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);

/** POSTs from a chosen loopback source address, which fetch cannot set. */
function postFrom(
  localAddress: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe.each(testBackends())('server (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const tokens = () => ({
    algNone: handmadeToken({ alg: 'none', typ: 'JWT' }, { role: 'service_role' }, null),
    wrongSecret: handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'service_role', exp: now() + 600 },
      'a-different-secret-with-at-least-32-characters',
    ),
    expired: handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'authenticated', sub: crypto.randomUUID(), exp: now() - 120 },
      stack.jwtSecret,
    ),
    rolePostgres: handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'postgres', exp: now() + 600 },
      stack.jwtSecret,
    ),
  });

  async function restWith(token: string) {
    const response = await fetch(`${stack.url}/rest/v1/anything`, {
      headers: apiHeaders(stack, token),
    });
    return { response, body: await readJson(response) };
  }

  it('rest rejects alg none', async () => {
    const { response, body } = await restWith(tokens().algNone);

    expect(response.status).toBe(401);
    expect(body).toEqual({
      code: 'PGRST301',
      details: null,
      hint: null,
      message: 'Wrong or unsupported encoding algorithm',
    });
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="Wrong or unsupported encoding algorithm"',
    );
  });

  it('rest rejects another secret', async () => {
    const { response, body } = await restWith(tokens().wrongSecret);

    expect(response.status).toBe(401);
    expect(body.code).toBe('PGRST301');
    expect(body.message).toBe('JWT cryptographic operation failed');
  });

  it('rest rejects an expired token', async () => {
    const { response, body } = await restWith(tokens().expired);

    expect(response.status).toBe(401);
    expect(body).toEqual({ code: 'PGRST303', details: null, hint: null, message: 'JWT expired' });
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="JWT expired"',
    );
  });

  it('rest rejects role postgres', async () => {
    const { response, body } = await restWith(tokens().rolePostgres);

    expect(response.status).toBe(403);
    expect(body).toEqual({
      code: '42501',
      details: null,
      hint: null,
      message: 'permission denied to set role "postgres"',
    });
  });

  it('rest rejects an unknown role', async () => {
    const token = handmadeToken(
      { alg: 'HS256', typ: 'JWT' },
      { role: 'no_such_role', exp: now() + 600 },
      stack.jwtSecret,
    );

    const { response, body } = await restWith(token);

    expect(response.status).toBe(401);
    expect(body.code).toBe('22023');
  });

  it('auth rejects the same attacks', async () => {
    const { algNone, wrongSecret, expired } = tokens();
    for (const token of [algNone, wrongSecret, expired]) {
      const response = await fetch(`${stack.url}/auth/v1/user`, {
        headers: apiHeaders(stack, token),
      });
      const body = await readJson(response);
      expect(response.status).toBe(403);
      expect(body.code).toBe('bad_jwt');
    }
  });

  it('rejects a missing API key', async () => {
    const response = await fetch(`${stack.url}/rest/v1/anything`);

    expect(response.status).toBe(401);
    expect((await readJson(response)).message).toBe('No API key found in request');
  });

  it('rejects an unknown API key', async () => {
    const response = await fetch(`${stack.url}/auth/v1/settings`, {
      headers: { apikey: tokens().wrongSecret },
    });

    expect(response.status).toBe(401);
    expect((await readJson(response)).message).toBe('Invalid API key');
  });

  it('CORS preflight succeeds', async () => {
    const response = await fetch(`${stack.url}/rest/v1/schools?select=*`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,apikey,content-type,prefer',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,apikey,content-type,prefer',
    );
  });

  it('exposes PostgREST headers to browsers', async () => {
    const response = await fetch(`${stack.url}/auth/v1/settings`, {
      headers: { ...apiHeaders(stack), Origin: 'http://127.0.0.1:5173' },
    });

    const exposed = response.headers.get('access-control-expose-headers') ?? '';
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    for (const name of ['Content-Range', 'Location', 'Range-Unit', 'Preference-Applied']) {
      expect(exposed).toContain(name);
    }
  });

  it('rejects a body over 1 MiB', async () => {
    const response = await fetch(`${stack.url}/auth/v1/signup`, {
      method: 'POST',
      headers: apiHeaders(stack),
      body: JSON.stringify({ email: 'big@example.test', password: 'x'.repeat(1024 * 1024) }),
    });

    expect(response.status).toBe(413);
  });

  it('serves auth settings', async () => {
    const response = await fetch(`${stack.url}/auth/v1/settings`, { headers: apiHeaders(stack) });
    const body = await readJson(response);

    expect(response.status).toBe(200);
    expect(body.external.email).toBe(true);
    expect(body.disable_signup).toBe(false);
    expect(body.mailer_autoconfirm).toBe(true);
  });

  it('unknown path is 404', async () => {
    const response = await fetch(`${stack.url}/storage/v1/bucket`, { headers: apiHeaders(stack) });

    expect(response.status).toBe(404);
  });
});

describe.each(testBackends())('sign-in rate limits (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false, auth: { rateLimitSignIn: 3 } });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('limits attempts per address and per email', async () => {
    const url = `${stack.url}/auth/v1/token?grant_type=password`;
    const headers = apiHeaders(stack);
    const attempt = (from: string, email: string) =>
      postFrom(from, url, headers, JSON.stringify({ email, password: 'wrong-password' }));

    const firstThree = [];
    for (let i = 0; i < 3; i += 1)
      firstThree.push(await attempt('127.0.0.1', 'target@example.test'));
    const sameEmailElsewhere = await attempt('127.0.0.2', 'target@example.test');
    const otherEmailElsewhere = await attempt('127.0.0.2', 'other@example.test');
    const sameAddress = await attempt('127.0.0.1', 'third@example.test');

    expect(firstThree.map((result) => result.status)).toEqual([400, 400, 400]);
    expect(sameEmailElsewhere.status).toBe(429);
    expect(sameEmailElsewhere.body.code).toBe('over_request_rate_limit');
    expect(otherEmailElsewhere.status).toBe(400);
    expect(sameAddress.status).toBe(429);
  });

  it('supabase-js reports the limit', async () => {
    const { error } = await createTestClient(stack).auth.signInWithPassword({
      email: 'target@example.test',
      password: 'wrong-password',
    });

    expect(error?.status).toBe(429);
    expect(error?.code).toBe('over_request_rate_limit');
  });
});
