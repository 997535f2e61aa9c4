import { randomUUID } from 'node:crypto';
import { sendJson } from '../../http.ts';
import {
  type AuthContext,
  objectField,
  rateLimited,
  readJsonObject,
  stringField,
  validateEmail,
} from '../context.ts';
import {
  confirmationLink,
  newConfirmationToken,
  redirectTarget,
  storeConfirmationToken,
} from '../confirmation.ts';
import { badRequest, unprocessable } from '../errors.ts';
import { userJson } from '../format.ts';
import { checkPasswordStrength, hashPassword } from '../password.ts';
import { createSession, issueAccessToken, sessionJson } from '../sessions.ts';
import { findIdentities, findUserByEmail, findUserById, insertUser } from '../users.ts';

interface SignupResult {
  body: Record<string, unknown>;
  /** Set when a confirmation mail would be sent. */
  confirmation: { userId: string; link: string } | null;
}

/** SQLSTATE of a unique violation: another request created the same address first. */
const UNIQUE_VIOLATION = '23505';

/**
 * `POST /signup {email, password, data}`. With confirmations on (the
 * project's default), it returns the user unconfirmed and without a session,
 * and logs the confirmation link. With them off, the user is confirmed at
 * once and gets a session.
 */
export async function handleSignup(ctx: AuthContext): Promise<void> {
  const auth = ctx.config.auth;
  if (!auth.enableSignup) {
    throw unprocessable('signup_disabled', 'Signups not allowed for this instance');
  }
  if (!ctx.limits.signInByAddress.take(ctx.client.ip ?? 'unknown')) throw rateLimited();
  const body = await readJsonObject(ctx);
  const rawEmail = stringField(body, 'email') ?? '';
  const phone = stringField(body, 'phone') ?? '';
  const password = stringField(body, 'password') ?? '';
  const data = objectField(body, 'data') ?? {};

  if (!rawEmail && !phone) {
    throw unprocessable('anonymous_provider_disabled', 'Anonymous sign-ins are disabled');
  }
  if (!password) throw badRequest('validation_failed', 'Signup requires a valid password');
  checkPasswordStrength(password, auth);
  if (!rawEmail) throw badRequest('phone_provider_disabled', 'Phone signups are disabled');
  if (!auth.enableEmailSignup) {
    throw badRequest('email_provider_disabled', 'Email signups are disabled');
  }
  const email = validateEmail(rawEmail);
  if (!ctx.limits.signInByEmail.take(email)) throw rateLimited();
  const autoconfirm = !auth.enableConfirmations;
  const passwordHash = await hashPassword(password);

  // supabase-js sends `emailRedirectTo` as the `redirect_to` query parameter.
  const redirectTo = redirectTarget(auth, ctx.search.get('redirect_to'), ctx.req.headers.referer);

  let response: SignupResult;
  try {
    response = await ctx.db.authTransaction(async (tx): Promise<SignupResult> => {
      const existing = await findUserByEmail(tx, email);
      if (existing?.email_confirmed_at) {
        if (autoconfirm) throw unprocessable('user_already_exists', 'User already registered');
        // GoTrue hides whether the address is taken by returning a made-up user.
        return { body: obfuscatedUser(email, data), confirmation: null };
      }
      if (existing && autoconfirm) {
        // Confirmations were switched off after this sign-up: GoTrue confirms it now.
        await tx.query(
          `update auth.users set email_confirmed_at = now(), confirmation_token = '',
             updated_at = now() where id = $1`,
          [existing.id],
        );
      }
      // A repeated unconfirmed sign-up keeps the first password and metadata, as
      // GoTrue does, because no one has proved they own the address yet.
      const userId =
        existing?.id ??
        (await insertUser(tx, {
          email,
          passwordHash,
          role: 'authenticated',
          userMetadata: data,
          appMetadata: { provider: 'email', providers: ['email'] },
          confirmed: autoconfirm,
        }));
      ctx.log.userId = userId;
      if (!autoconfirm) {
        const token = newConfirmationToken(email);
        await storeConfirmationToken(tx, userId, token.hash);
        const user = (await findUserById(tx, userId))!;
        return {
          body: userJson(user, await findIdentities(tx, userId)),
          confirmation: { userId, link: confirmationLink(ctx.issuer, token.hash, redirectTo) },
        };
      }
      const { sessionId, refreshToken } = await createSession(tx, userId, 'password', ctx.client);
      const user = (await findUserById(tx, userId))!;
      const access = await issueAccessToken(
        tx,
        user,
        sessionId,
        auth,
        ctx.config.jwtSecret,
        ctx.issuer,
      );
      return { body: await sessionJson(tx, user, access, refreshToken, auth), confirmation: null };
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      throw unprocessable('user_already_exists', 'User already registered');
    }
    throw error;
  }
  if (response.confirmation) logConfirmationMail(ctx, email, response.confirmation);
  sendJson(ctx.res, 200, response.body);
}

/**
 * Stands in for the confirmation mail: one info line with the address and the
 * link, which is the local inbox (the Supabase CLI runs Inbucket for this).
 * The link confirms the address, so the log must stay on the local machine.
 */
function logConfirmationMail(
  ctx: AuthContext,
  email: string,
  confirmation: { userId: string; link: string },
): void {
  ctx.logger.info(
    { email, userId: confirmation.userId, confirmationLink: confirmation.link },
    'confirmation mail not sent: open the link to confirm the address',
  );
}

function obfuscatedUser(email: string, data: Record<string, unknown>): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    aud: 'authenticated',
    role: 'authenticated',
    email,
    phone: '',
    confirmation_sent_at: now,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: data,
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}
