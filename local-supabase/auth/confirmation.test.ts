import { createHash } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { apiHeaders, createTestClient, readJson } from '../testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from '../testing/stack.ts';

const PASSWORD = 'correct-horse-1';
/** Invited in the seed (Oakfield) and not yet linked to a user. */
const INVITED_EMAIL = 'priya.raman@oakfield.example';

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@example.test`;
}

function sha224(text: string): string {
  return createHash('sha224').update(text).digest('hex');
}

interface LogLine {
  level: number;
  msg: string;
  email?: string;
  confirmationLink?: string;
}

describe('email confirmation setting', () => {
  it('is on in config.toml', () => {
    expect(loadConfig({ env: {} }).auth.enableConfirmations).toBe(true);
  });

  it('environment override on and off', () => {
    const off = loadConfig({ env: { LOCAL_SUPABASE_EMAIL_CONFIRMATIONS: 'off' } });
    const on = loadConfig({ env: { LOCAL_SUPABASE_EMAIL_CONFIRMATIONS: 'on' } });

    expect(off.auth.enableConfirmations).toBe(false);
    expect(on.auth.enableConfirmations).toBe(true);
  });

  it('environment override rejects other values', () => {
    expect(() => loadConfig({ env: { LOCAL_SUPABASE_EMAIL_CONFIRMATIONS: 'yes' } })).toThrow(
      /LOCAL_SUPABASE_EMAIL_CONFIRMATIONS must be "on" or "off"/,
    );
  });
});

describe.each(testBackends())('email confirmation (%s)', (backend) => {
  let stack: TestStack;
  const lines: LogLine[] = [];
  const siteUrl = loadConfig({ env: {} }).auth.siteUrl;

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    );
    stack = await startTestStack({
      backend,
      migrations: true,
      seed: true,
      auth: { enableConfirmations: true },
      logger,
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const anon = () => createTestClient(stack);
  const admin = () => createTestClient(stack, stack.serviceRoleKey).auth.admin;

  /** Returns the last link the stand-in logged for this address in place of a confirmation mail. */
  function loggedLink(email: string): string {
    const found = lines.filter((line) => line.email === email && line.confirmationLink);
    expect(found.length).toBeGreaterThan(0);
    return found.at(-1)!.confirmationLink!;
  }

  async function storedUser(email: string) {
    const [row] = await stack.sql<{
      id: string;
      confirmation_token: string | null;
      confirmation_sent_at: string | null;
      email_confirmed_at: string | null;
    }>(
      `select id, confirmation_token, confirmation_sent_at::text, email_confirmed_at::text
       from auth.users where email = $1`,
      [email],
    );
    return row!;
  }

  async function generateSignupLink(email: string, body: Record<string, unknown> = {}) {
    return fetch(`${stack.url}/auth/v1/admin/generate_link`, {
      method: 'POST',
      headers: apiHeaders(stack, stack.serviceRoleKey),
      body: JSON.stringify({ type: 'signup', email, password: PASSWORD, ...body }),
    });
  }

  async function verifyPost(body: Record<string, unknown>) {
    return fetch(`${stack.url}/auth/v1/verify`, {
      method: 'POST',
      headers: apiHeaders(stack),
      body: JSON.stringify(body),
    });
  }

  async function verifyGet(link: string) {
    return fetch(link, { headers: { apikey: stack.anonKey }, redirect: 'manual' });
  }

  it('settings report mailer_autoconfirm false', async () => {
    const response = await fetch(`${stack.url}/auth/v1/settings`, { headers: apiHeaders(stack) });

    expect((await readJson(response)).mailer_autoconfirm).toBe(false);
  });

  it('sign-up returns an unconfirmed user, no session', async () => {
    const email = uniqueEmail('signup');

    const { data, error } = await anon().auth.signUp({ email, password: PASSWORD });

    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user?.email).toBe(email);
    expect(data.user?.email_confirmed_at).toBeUndefined();
    expect(data.user?.confirmation_sent_at).toEqual(expect.any(String));
    const row = await storedUser(email);
    expect(row.email_confirmed_at).toBeNull();
    expect(row.confirmation_token).toMatch(/^[0-9a-f]{56}$/);
    expect(row.confirmation_sent_at).not.toBeNull();
  });

  it('sign-up logs the confirmation link at info', async () => {
    const email = uniqueEmail('logged');

    await anon().auth.signUp({ email, password: PASSWORD });

    const link = new URL(loggedLink(email));
    const line = lines.find((entry) => entry.email === email)!;
    expect(line.level).toBe(30);
    expect(`${link.origin}${link.pathname}`).toBe(`${stack.url}/auth/v1/verify`);
    expect(link.searchParams.get('type')).toBe('signup');
    expect(link.searchParams.get('token')).toBe((await storedUser(email)).confirmation_token);
    expect(link.searchParams.get('redirect_to')).toBe(siteUrl);
  });

  it('sign-in before confirming: 400 email_not_confirmed', async () => {
    const email = uniqueEmail('early');
    await anon().auth.signUp({ email, password: PASSWORD });

    const { data, error } = await anon().auth.signInWithPassword({ email, password: PASSWORD });

    expect(error?.status).toBe(400);
    expect(error?.code).toBe('email_not_confirmed');
    expect(error?.message).toBe('Email not confirmed');
    expect(data.session).toBeNull();
  });

  it('repeated sign-up keeps the first password', async () => {
    const email = uniqueEmail('repeat');
    await anon().auth.signUp({ email, password: PASSWORD });
    await anon().auth.signUp({ email, password: 'second-password-2' });

    const response = await verifyGet(loggedLink(email));
    expect(response.status).toBe(303);

    const first = await anon().auth.signInWithPassword({ email, password: PASSWORD });
    const second = await anon().auth.signInWithPassword({ email, password: 'second-password-2' });
    expect(first.error).toBeNull();
    expect(second.error?.code).toBe('invalid_credentials');
  });

  it('generate_link returns the link fields', async () => {
    const email = uniqueEmail('generated');

    const response = await generateSignupLink(email);

    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body.email).toBe(email);
    expect(body.email_confirmed_at).toBeUndefined();
    expect(body.verification_type).toBe('signup');
    expect(body.redirect_to).toBe(siteUrl);
    expect(body.email_otp).toMatch(/^\d{6}$/);
    expect(body.hashed_token).toBe(sha224(email + body.email_otp));
    const expected = new URL(`${stack.url}/auth/v1/verify`);
    expected.searchParams.set('token', body.hashed_token);
    expected.searchParams.set('type', 'signup');
    expected.searchParams.set('redirect_to', siteUrl);
    expect(body.action_link).toBe(expected.toString());
    expect((await storedUser(email)).confirmation_token).toBe(body.hashed_token);
  });

  it('generate_link through supabase-js', async () => {
    const email = uniqueEmail('sdk');

    const { data, error } = await admin().generateLink({
      type: 'signup',
      email,
      password: PASSWORD,
    });

    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
    expect(data.properties?.hashed_token).toBe(sha224(email + data.properties!.email_otp));
    expect(data.properties?.verification_type).toBe('signup');
  });

  it('generate_link with the anon key: 403 not_admin', async () => {
    const response = await fetch(`${stack.url}/auth/v1/admin/generate_link`, {
      method: 'POST',
      headers: apiHeaders(stack),
      body: JSON.stringify({ type: 'signup', email: uniqueEmail('anon'), password: PASSWORD }),
    });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('not_admin');
  });

  it('generate_link for a confirmed address: 422 email_exists', async () => {
    const email = uniqueEmail('confirmed');
    await admin().createUser({ email, password: PASSWORD, email_confirm: true });

    const response = await generateSignupLink(email);

    expect(response.status).toBe(422);
    expect((await readJson(response)).code).toBe('email_exists');
  });

  it('POST verify with token_hash returns a session', async () => {
    const email = uniqueEmail('post');
    const link = await readJson(await generateSignupLink(email));

    const response = await verifyPost({ type: 'signup', token_hash: link.hashed_token });

    expect(response.status).toBe(200);
    const session = await readJson(response);
    expect(session.token_type).toBe('bearer');
    expect(session.refresh_token).toEqual(expect.any(String));
    expect(session.user.id).toBe(link.id);
    expect(session.user.email_confirmed_at).toEqual(expect.any(String));
    expect(session.user.user_metadata.email_verified).toBe(true);
    const user = await fetch(`${stack.url}/auth/v1/user`, {
      headers: apiHeaders(stack, session.access_token),
    });
    expect((await readJson(user)).id).toBe(link.id);
    const row = await storedUser(email);
    expect(row.email_confirmed_at).not.toBeNull();
    expect(row.confirmation_token).toBe('');
  });

  it('verifyOtp with type email and the code', async () => {
    const email = uniqueEmail('otp');
    const link = await readJson(await generateSignupLink(email));

    const { data, error } = await anon().auth.verifyOtp({
      type: 'email',
      email,
      token: link.email_otp,
    });

    expect(error).toBeNull();
    expect(data.session?.user.id).toBe(link.id);
  });

  it('sign-in after confirming', async () => {
    const email = uniqueEmail('after');
    const link = await readJson(await generateSignupLink(email));
    await verifyPost({ type: 'signup', token_hash: link.hashed_token });

    const { data, error } = await anon().auth.signInWithPassword({ email, password: PASSWORD });

    expect(error).toBeNull();
    expect(data.session?.user.id).toBe(link.id);
  });

  it('GET verify redirects with the session in the fragment', async () => {
    const email = uniqueEmail('get');
    const redirectTo = `${siteUrl}/welcome`;
    await anon().auth.signUp({
      email,
      password: PASSWORD,
      options: { emailRedirectTo: redirectTo },
    });
    const link = loggedLink(email);
    expect(new URL(link).searchParams.get('redirect_to')).toBe(redirectTo);

    const response = await verifyGet(link);

    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(redirectTo);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('type')).toBe('signup');
    expect(fragment.get('token_type')).toBe('bearer');
    expect(fragment.get('refresh_token')).toEqual(expect.any(String));
    expect(Number(fragment.get('expires_in'))).toBe(loadConfig({ env: {} }).auth.jwtExpiry);
    const user = await fetch(`${stack.url}/auth/v1/user`, {
      headers: apiHeaders(stack, fragment.get('access_token')!),
    });
    expect((await readJson(user)).email).toBe(email);
  });

  it('GET verify ignores a foreign redirect_to', async () => {
    const email = uniqueEmail('foreign');
    const link = await readJson(
      await generateSignupLink(email, { redirect_to: 'https://attacker.example/steal' }),
    );
    expect(link.redirect_to).toBe(siteUrl);
    const forged = new URL(link.action_link);
    forged.searchParams.set('redirect_to', 'https://attacker.example/steal');

    const response = await verifyGet(forged.toString());

    expect(response.status).toBe(303);
    expect(response.headers.get('location')!.startsWith(`${siteUrl}#access_token=`)).toBe(true);
  });

  it('used token: 403 otp_expired', async () => {
    const email = uniqueEmail('used');
    const link = await readJson(await generateSignupLink(email));
    await verifyPost({ type: 'signup', token_hash: link.hashed_token });

    const response = await verifyPost({ type: 'signup', token_hash: link.hashed_token });

    expect(response.status).toBe(403);
    const body = await readJson(response);
    expect(body.code).toBe('otp_expired');
    expect(body.message).toBe('Email link is invalid or has expired');
  });

  it('wrong token: 403 otp_expired', async () => {
    const response = await verifyPost({ type: 'signup', token_hash: sha224('nobody') });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('otp_expired');
  });

  it('expired token: 403 otp_expired', async () => {
    const email = uniqueEmail('expired');
    const link = await readJson(await generateSignupLink(email));
    const expiry = loadConfig({ env: {} }).auth.emailOtpExpiry;
    await stack.sql(
      `update auth.users set confirmation_sent_at = now() - make_interval(secs => $2)
       where email = $1`,
      [email, expiry + 60],
    );

    const response = await verifyPost({ type: 'signup', token_hash: link.hashed_token });

    expect(response.status).toBe(403);
    expect((await readJson(response)).code).toBe('otp_expired');
    expect((await storedUser(email)).email_confirmed_at).toBeNull();
  });

  it('GET verify with a used token redirects with the error', async () => {
    const email = uniqueEmail('usedget');
    const link = await readJson(await generateSignupLink(email));
    await verifyGet(link.action_link);

    const response = await verifyGet(link.action_link);

    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(new URL(siteUrl).toString());
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('error')).toBe('access_denied');
    expect(fragment.get('error_code')).toBe('otp_expired');
    expect(fragment.get('error_description')).toBe('Email link is invalid or has expired');
  });

  it('token_hash with an email: 400 validation_failed', async () => {
    const response = await verifyPost({
      type: 'signup',
      token_hash: sha224('x'),
      email: 'someone@example.test',
    });

    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe('validation_failed');
  });

  it('admin createUser with email_confirm still signs in', async () => {
    const email = uniqueEmail('admin');
    const created = await admin().createUser({ email, password: PASSWORD, email_confirm: true });
    expect(created.error).toBeNull();

    const { data, error } = await anon().auth.signInWithPassword({ email, password: PASSWORD });

    expect(error).toBeNull();
    expect(data.session?.user.id).toBe(created.data.user!.id);
  });

  describe('invited staff address', () => {
    async function staffUserId(): Promise<string | null> {
      const [row] = await stack.sql<{ user_id: string | null }>(
        'select user_id from public.staff where email = $1',
        [INVITED_EMAIL],
      );
      return row!.user_id;
    }

    it('links the staff row only once confirmed', async () => {
      expect(await staffUserId()).toBeNull();

      const { data, error } = await anon().auth.signUp({
        email: INVITED_EMAIL,
        password: PASSWORD,
      });

      expect(error).toBeNull();
      expect(data.session).toBeNull();
      expect(await staffUserId()).toBeNull();

      const response = await verifyGet(loggedLink(INVITED_EMAIL));

      expect(response.status).toBe(303);
      expect(new URL(response.headers.get('location')!).hash).toContain('access_token=');
      expect(await staffUserId()).toBe(data.user!.id);
    });
  });
});
