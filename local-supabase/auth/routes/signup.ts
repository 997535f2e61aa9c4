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
import { badRequest, unprocessable } from '../errors.ts';
import { userJson } from '../format.ts';
import { checkPasswordStrength, hashPassword } from '../password.ts';
import { createSession, issueAccessToken, sessionJson } from '../sessions.ts';
import { findIdentities, findUserByEmail, findUserById, insertUser } from '../users.ts';

/** SQLSTATE of a unique violation: another request created the same address first. */
const UNIQUE_VIOLATION = '23505';

/**
 * `POST /signup {email, password, data}`. With confirmations off (the
 * local default) the user is confirmed at once and gets a session; with
 * them on, the user is returned unconfirmed.
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

  let response: Record<string, unknown>;
  try {
    response = await ctx.db.authTransaction(async (tx) => {
      const existing = await findUserByEmail(tx, email);
      let userId: string;
      if (existing?.email_confirmed_at) {
        if (autoconfirm) throw unprocessable('user_already_exists', 'User already registered');
        // GoTrue hides whether the address is taken by returning a made-up user.
        return obfuscatedUser(email, data);
      }
      if (existing) {
        // An unconfirmed sign-up is repeated: GoTrue keeps the user and takes the new details.
        await tx.query(
          `update auth.users set encrypted_password = $2, raw_user_meta_data = $3::jsonb,
             confirmation_sent_at = now(), updated_at = now()
           where id = $1`,
          [existing.id, passwordHash, JSON.stringify(data)],
        );
        userId = existing.id;
      } else {
        userId = await insertUser(tx, {
          email,
          passwordHash,
          role: 'authenticated',
          userMetadata: data,
          appMetadata: { provider: 'email', providers: ['email'] },
          confirmed: autoconfirm,
          // NOTE: no confirmation mail is sent; the stand-in has no mailer.
          confirmationSent: !autoconfirm,
        });
      }
      ctx.log.userId = userId;
      if (!autoconfirm) {
        const user = (await findUserById(tx, userId))!;
        return userJson(user, await findIdentities(tx, userId));
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
      return sessionJson(tx, user, access, refreshToken, auth);
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      throw unprocessable('user_already_exists', 'User already registered');
    }
    throw error;
  }
  sendJson(ctx.res, 200, response);
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
