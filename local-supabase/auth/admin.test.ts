import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHeaders, createTestClient, readJson } from '../testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from '../testing/stack.ts';

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@example.test`;
}

describe.each(testBackends())('admin users API (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, migrations: false });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const admin = () => createTestClient(stack, stack.serviceRoleKey).auth.admin;

  it('needs a bearer token', async () => {
    const response = await fetch(`${stack.url}/auth/v1/admin/users`, {
      headers: { apikey: stack.anonKey, 'X-Supabase-Api-Version': '2024-01-01' },
    });

    expect(response.status).toBe(401);
    expect((await readJson(response)).code).toBe('no_authorization');
  });

  it('rejects the anon key', async () => {
    const { error } = await createTestClient(stack).auth.admin.listUsers();

    expect(error?.status).toBe(403);
    expect(error?.code).toBe('not_admin');
  });

  it('rejects a signed-in user', async () => {
    const email = uniqueEmail('plain');
    const { data } = await createTestClient(stack).auth.signUp({
      email,
      password: 'correct-horse-1',
    });

    const response = await fetch(`${stack.url}/auth/v1/admin/users`, {
      headers: apiHeaders(stack, data.session!.access_token),
    });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('not_admin');
  });

  it('creates a confirmed user who can sign in', async () => {
    const email = uniqueEmail('Created');

    const { data, error } = await admin().createUser({
      email,
      password: 'correct-horse-1',
      email_confirm: true,
      user_metadata: { full_name: 'Grace Hopper' },
      app_metadata: { school: 'x' },
    });

    expect(error).toBeNull();
    expect(data.user?.email).toBe(email.toLowerCase());
    expect(data.user?.app_metadata).toEqual({
      provider: 'email',
      providers: ['email'],
      school: 'x',
    });
    const login = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'correct-horse-1',
    });
    expect(login.error).toBeNull();
  });

  it('unconfirmed user cannot sign in', async () => {
    const email = uniqueEmail('unconfirmed');
    await admin().createUser({ email, password: 'correct-horse-1' });

    const { error } = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'correct-horse-1',
    });

    expect(error?.status).toBe(400);
    expect(error?.code).toBe('email_not_confirmed');
  });

  it('rejects a duplicate address', async () => {
    const email = uniqueEmail('twice');
    await admin().createUser({ email, password: 'correct-horse-1' });

    const { error } = await admin().createUser({
      email: email.toUpperCase(),
      password: 'correct-horse-1',
    });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe('email_exists');
  });

  it('lists users with a total', async () => {
    const emails = [uniqueEmail('list'), uniqueEmail('list')];
    for (const email of emails) await admin().createUser({ email, password: 'correct-horse-1' });
    const [{ count }] = await stack.sql<{ count: string }>('select count(*) from auth.users');

    const { data, error } = await admin().listUsers({ page: 1, perPage: 1 });

    expect(error).toBeNull();
    expect(data.users).toHaveLength(1);
    expect((data as { total?: number }).total).toBe(Number(count));
  });

  it('gets, updates and deletes a user', async () => {
    const email = uniqueEmail('cycle');
    const created = await admin().createUser({
      email,
      password: 'correct-horse-1',
      user_metadata: { a: 1 },
    });
    const id = created.data.user!.id;

    const fetched = await admin().getUserById(id);
    const updated = await admin().updateUserById(id, {
      user_metadata: { b: 2 },
      email_confirm: true,
      ban_duration: '1h',
    });
    const banned = await createTestClient(stack).auth.signInWithPassword({
      email,
      password: 'correct-horse-1',
    });
    const deleted = await admin().deleteUser(id);
    const missing = await admin().getUserById(id);

    expect(fetched.data.user?.email).toBe(email);
    expect(updated.data.user?.user_metadata).toEqual({ a: 1, b: 2 });
    expect(updated.data.user?.email_confirmed_at).toBeTruthy();
    expect(updated.data.user?.banned_until).toBeTruthy();
    expect(banned.error?.code).toBe('user_banned');
    expect(deleted.error).toBeNull();
    expect(missing.error?.status).toBe(404);
    expect(missing.error?.code).toBe('user_not_found');
  });

  it('password change signs the user out', async () => {
    const email = uniqueEmail('reset');
    const created = await admin().createUser({
      email,
      password: 'correct-horse-1',
      email_confirm: true,
    });
    const session = (
      await createTestClient(stack).auth.signInWithPassword({ email, password: 'correct-horse-1' })
    ).data.session!;

    const { error } = await admin().updateUserById(created.data.user!.id, {
      password: 'battery-staple-2',
    });

    expect(error).toBeNull();
    const response = await fetch(`${stack.url}/auth/v1/user`, {
      headers: apiHeaders(stack, session.access_token),
    });
    expect(response.status).toBe(403);
  });

  it('rejects a malformed user id', async () => {
    const response = await fetch(`${stack.url}/auth/v1/admin/users/not-a-uuid`, {
      headers: apiHeaders(stack, stack.serviceRoleKey),
    });

    expect(response.status).toBe(404);
    expect((await readJson(response)).code).toBe('validation_failed');
  });
});
