import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHeaders, createTestClient, readJson } from '../testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from '../testing/stack.ts';

function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

function signatureIsValid(token: string, secret: string): boolean {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return signature === expected;
}

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@example.test`;
}

describe.each(testBackends())('auth sessions (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function signUp(email: string, password = 'correct-horse-1') {
    const { data, error } = await createTestClient(stack).auth.signUp({ email, password });
    expect(error).toBeNull();
    return data;
  }

  it('sign-up returns a confirmed session', async () => {
    const email = uniqueEmail('Signup.Case');
    const client = createTestClient(stack);

    const { data, error } = await client.auth.signUp({
      email,
      password: 'correct-horse-1',
      options: { data: { full_name: 'Ada Lovelace' } },
    });

    expect(error).toBeNull();
    expect(data.session?.token_type).toBe('bearer');
    expect(data.user?.email).toBe(email.toLowerCase());
    expect(data.user?.email_confirmed_at).toBeTruthy();
    expect(data.user?.user_metadata).toEqual({ full_name: 'Ada Lovelace' });
    expect(data.user?.identities?.map((identity) => identity.provider)).toEqual(['email']);
    const rows = await stack.sql<{ email: string; hash: string }>(
      'select email, encrypted_password as hash from auth.users where id = $1',
      [data.user!.id],
    );
    expect(rows[0]!.email).toBe(email.toLowerCase());
    expect(rows[0]!.hash).toMatch(/^\$2[ab]\$10\$/);
  });

  it('sign-up rejects a differently cased duplicate', async () => {
    const email = uniqueEmail('dup');
    await signUp(email);

    const { error } = await createTestClient(stack).auth.signUp({
      email: email.toUpperCase(),
      password: 'another-password-2',
    });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe('user_already_exists');
    const rows = await stack.sql('select id from auth.users where lower(email) = lower($1)', [
      email,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('sign-up rejects a short password', async () => {
    const { error } = await createTestClient(stack).auth.signUp({
      email: uniqueEmail('weak'),
      password: '12345',
    });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe('weak_password');
    expect((error as { reasons?: string[] }).reasons).toEqual(['length']);
  });

  it('sign-in with a wrong password fails', async () => {
    const email = uniqueEmail('wrong');
    await signUp(email);

    const { data, error } = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'not-the-password',
    });

    expect(data.session).toBeNull();
    expect(error?.status).toBe(400);
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.message).toBe('Invalid login credentials');
  });

  it('sign-in matches the address without case', async () => {
    const email = uniqueEmail('mixed');
    await signUp(email);

    const { error } = await createTestClient(stack).auth.signInWithPassword({
      email: email.toUpperCase(),
      password: 'correct-horse-1',
    });

    expect(error).toBeNull();
  });

  it('access token carries GoTrue claims', async () => {
    const email = uniqueEmail('claims');
    const signedUp = await signUp(email);
    const before = Math.floor(Date.now() / 1000);

    const { data } = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'correct-horse-1',
    });

    const token = data.session!.access_token;
    const claims = decodeClaims(token);
    expect(signatureIsValid(token, stack.jwtSecret)).toBe(true);
    expect(claims.sub).toBe(signedUp.user!.id);
    expect(claims.aud).toBe('authenticated');
    expect(claims.role).toBe('authenticated');
    expect(claims.email).toBe(email);
    expect(claims.iss).toBe(`${stack.url}/auth/v1`);
    expect(claims.aal).toBe('aal1');
    expect(claims.is_anonymous).toBe(false);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
    expect(Number(claims.iat)).toBeGreaterThanOrEqual(before);
    expect(data.session!.expires_at).toBe(claims.exp);
    expect((claims.amr as { method: string }[]).map((entry) => entry.method)).toEqual(['password']);
    const sessions = await stack.sql(
      'select id from auth.sessions where id = $1 and user_id = $2',
      [claims.session_id, claims.sub],
    );
    expect(sessions).toHaveLength(1);
  });

  it('get user returns the signed-in user', async () => {
    const email = uniqueEmail('getuser');
    await signUp(email);
    const client = createTestClient(stack);
    await client.auth.signInWithPassword({ email, password: 'correct-horse-1' });

    const { data, error } = await client.auth.getUser();

    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
  });

  it('get user without a token is 401', async () => {
    const response = await fetch(`${stack.url}/auth/v1/user`, {
      headers: { apikey: stack.anonKey, 'X-Supabase-Api-Version': '2024-01-01' },
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(await readJson(response)).toEqual({
      code: 'no_authorization',
      message: 'This endpoint requires a Bearer token',
    });
  });

  it('get user with the anon key is 403', async () => {
    const response = await fetch(`${stack.url}/auth/v1/user`, { headers: apiHeaders(stack) });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('bad_jwt');
  });

  it('errors use the legacy shape without a version', async () => {
    const response = await fetch(`${stack.url}/auth/v1/user`, {
      headers: { apikey: stack.anonKey },
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('x-supabase-api-version')).toBeNull();
    expect(await readJson(response)).toEqual({
      code: 401,
      error_code: 'no_authorization',
      msg: 'This endpoint requires a Bearer token',
    });
  });

  it('update user merges metadata', async () => {
    const email = uniqueEmail('meta');
    const client = createTestClient(stack);
    await client.auth.signUp({
      email,
      password: 'correct-horse-1',
      options: { data: { keep: 1, drop: 2 } },
    });

    const { data, error } = await client.auth.updateUser({ data: { drop: null, added: 'yes' } });

    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ keep: 1, added: 'yes' });
  });

  it('update user changes the password', async () => {
    const email = uniqueEmail('pw');
    const client = createTestClient(stack);
    await client.auth.signUp({ email, password: 'correct-horse-1' });
    const other = createTestClient(stack);
    await other.auth.signInWithPassword({ email, password: 'correct-horse-1' });
    const otherRefresh = (await other.auth.getSession()).data.session!.refresh_token;

    const { error } = await client.auth.updateUser({ password: 'battery-staple-2' });

    expect(error).toBeNull();
    const oldLogin = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'correct-horse-1',
    });
    expect(oldLogin.error?.code).toBe('invalid_credentials');
    const newLogin = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'battery-staple-2',
    });
    expect(newLogin.error).toBeNull();
    const stillSignedIn = await client.auth.getUser();
    expect(stillSignedIn.error).toBeNull();
    const otherRefreshed = await createTestClient(stack).auth.refreshSession({
      refresh_token: otherRefresh,
    });
    expect(otherRefreshed.error?.code).toBe('refresh_token_not_found');
  });

  it('update user rejects the same password', async () => {
    const email = uniqueEmail('same');
    const client = createTestClient(stack);
    await client.auth.signUp({ email, password: 'correct-horse-1' });

    const { error } = await client.auth.updateUser({ password: 'correct-horse-1' });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe('same_password');
  });

  it('update user rejects app_metadata', async () => {
    const email = uniqueEmail('appmeta');
    const client = createTestClient(stack);
    const { data } = await client.auth.signUp({ email, password: 'correct-horse-1' });

    const response = await fetch(`${stack.url}/auth/v1/user`, {
      method: 'PUT',
      headers: apiHeaders(stack, data.session!.access_token),
      body: JSON.stringify({ app_metadata: { role: 'admin' } }),
    });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('not_admin');
  });
});
