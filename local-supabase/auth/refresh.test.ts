import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHeaders, createTestClient, readJson } from '../testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from '../testing/stack.ts';

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@example.test`;
}

interface TokenResponse {
  status: number;
  body: { refresh_token?: string; access_token?: string; code?: string };
}

async function refresh(stack: TestStack, refreshToken: string): Promise<TokenResponse> {
  const response = await fetch(`${stack.url}/auth/v1/token?grant_type=refresh_token`, {
    method: 'POST',
    headers: apiHeaders(stack),
    body: JSON.stringify({ refresh_token: refreshToken }),
  });
  return { status: response.status, body: await readJson(response) };
}

async function signIn(stack: TestStack, email: string) {
  const { data, error } = await createTestClient(stack).auth.signInWithPassword({
    email,
    password: 'correct-horse-1',
  });
  expect(error).toBeNull();
  return data.session!;
}

async function newUser(stack: TestStack, label: string): Promise<string> {
  const email = uniqueEmail(label);
  const { error } = await createTestClient(stack).auth.signUp({
    email,
    password: 'correct-horse-1',
  });
  expect(error).toBeNull();
  return email;
}

async function userStatus(stack: TestStack, accessToken: string): Promise<number> {
  const response = await fetch(`${stack.url}/auth/v1/user`, {
    headers: apiHeaders(stack, accessToken),
  });
  return response.status;
}

describe.each(testBackends())('refresh tokens (%s)', (backend) => {
  // With no reuse window, any second use of a rotated token counts as reuse.
  let strict: TestStack;
  let lenient: TestStack;

  beforeAll(async () => {
    [strict, lenient] = await Promise.all([
      startTestStack({ backend, migrations: false, auth: { refreshTokenReuseInterval: 0 } }),
      startTestStack({ backend, migrations: false }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([strict?.stop(), lenient?.stop()]);
  });

  it('refresh rotates the token', async () => {
    const session = await signIn(strict, await newUser(strict, 'rotate'));

    const first = await refresh(strict, session.refresh_token);

    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toMatch(/^[a-z0-9]{12}$/);
    expect(first.body.refresh_token).not.toBe(session.refresh_token);
    const rows = await strict.sql<{ revoked: boolean; parent: string | null }>(
      'select revoked, parent from auth.refresh_tokens where token = $1',
      [first.body.refresh_token],
    );
    expect(rows).toEqual([{ revoked: false, parent: session.refresh_token }]);
  });

  it('supabase-js refreshSession rotates', async () => {
    const client = createTestClient(strict);
    await client.auth.signInWithPassword({
      email: await newUser(strict, 'js'),
      password: 'correct-horse-1',
    });
    const before = (await client.auth.getSession()).data.session!.refresh_token;

    const { data, error } = await client.auth.refreshSession();

    expect(error).toBeNull();
    expect(data.session?.refresh_token).not.toBe(before);
  });

  it('reuse returns the current child within the window', async () => {
    const session = await signIn(lenient, await newUser(lenient, 'window'));
    const first = await refresh(lenient, session.refresh_token);

    const again = await refresh(lenient, session.refresh_token);

    expect(again.status).toBe(200);
    expect(again.body.refresh_token).toBe(first.body.refresh_token);
  });

  it('reuse after rotation revokes the family', async () => {
    const session = await signIn(strict, await newUser(strict, 'reuse'));
    const second = await refresh(strict, session.refresh_token);
    const third = await refresh(strict, second.body.refresh_token!);
    expect(third.status).toBe(200);

    const replay = await refresh(strict, session.refresh_token);

    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('refresh_token_already_used');
    const current = await refresh(strict, third.body.refresh_token!);
    expect(current.status).toBe(400);
    expect(current.body.code).toBe('refresh_token_already_used');
    const live = await strict.sql(
      `select 1 from auth.refresh_tokens rt join auth.sessions s on s.id = rt.session_id
       where rt.token = $1 and rt.revoked = false`,
      [third.body.refresh_token],
    );
    expect(live).toHaveLength(0);
  });

  it('unknown refresh token is rejected', async () => {
    const result = await refresh(strict, 'aaaaaaaaaaaa');

    expect(result.status).toBe(400);
    expect(result.body.code).toBe('refresh_token_not_found');
  });

  it('missing refresh token is an OAuth error', async () => {
    const response = await fetch(`${strict.url}/auth/v1/token?grant_type=refresh_token`, {
      method: 'POST',
      headers: apiHeaders(strict),
      body: '{}',
    });

    expect(response.status).toBe(400);
    expect(await readJson(response)).toEqual({
      error: 'invalid_request',
      error_description: 'refresh_token required',
    });
  });

  it('logout others keeps only this session', async () => {
    const email = await newUser(strict, 'others');
    const [mine, second, third] = await Promise.all([
      signIn(strict, email),
      signIn(strict, email),
      signIn(strict, email),
    ]);

    const response = await fetch(`${strict.url}/auth/v1/logout?scope=others`, {
      method: 'POST',
      headers: apiHeaders(strict, mine.access_token),
    });

    expect(response.status).toBe(204);
    expect((await refresh(strict, second.refresh_token)).body.code).toBe('refresh_token_not_found');
    expect((await refresh(strict, third.refresh_token)).body.code).toBe('refresh_token_not_found');
    expect(await userStatus(strict, mine.access_token)).toBe(200);
    expect(await userStatus(strict, second.access_token)).toBe(403);
  });

  it('logout local ends only this session', async () => {
    const email = await newUser(strict, 'local');
    const mine = await signIn(strict, email);
    const other = await signIn(strict, email);
    const client = createTestClient(strict);
    await client.auth.setSession({
      access_token: mine.access_token,
      refresh_token: mine.refresh_token,
    });

    const { error } = await client.auth.signOut({ scope: 'local' });

    expect(error).toBeNull();
    const response = await fetch(`${strict.url}/auth/v1/user`, {
      headers: apiHeaders(strict, mine.access_token),
    });
    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('session_not_found');
    expect(await userStatus(strict, other.access_token)).toBe(200);
  });

  it('logout global ends every session', async () => {
    const email = await newUser(strict, 'global');
    const mine = await signIn(strict, email);
    const other = await signIn(strict, email);

    const response = await fetch(`${strict.url}/auth/v1/logout`, {
      method: 'POST',
      headers: apiHeaders(strict, mine.access_token),
    });

    expect(response.status).toBe(204);
    expect(await userStatus(strict, mine.access_token)).toBe(403);
    expect(await userStatus(strict, other.access_token)).toBe(403);
    expect((await refresh(strict, other.refresh_token)).body.code).toBe('refresh_token_not_found');
  });

  it('logout rejects an unknown scope', async () => {
    const mine = await signIn(strict, await newUser(strict, 'scope'));

    const response = await fetch(`${strict.url}/auth/v1/logout?scope=everyone`, {
      method: 'POST',
      headers: apiHeaders(strict, mine.access_token),
    });

    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe('validation_failed');
  });
});
