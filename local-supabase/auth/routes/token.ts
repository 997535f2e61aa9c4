import type { Queryable } from '../../db/types.ts';
import { type AuthContext, rateLimited, readJsonObject, stringField } from '../context.ts';
import { AuthError, badRequest, OAuthError, unprocessable } from '../errors.ts';
import { sendJson } from '../../http.ts';
import { checkPasswordStrength, verifyPassword } from '../password.ts';
import { createSession, insertRefreshToken, issueAccessToken, sessionJson } from '../sessions.ts';
import { findUserByEmail, findUserById, isBanned } from '../users.ts';

const INVALID_LOGIN = 'Invalid login credentials';

/** `POST /token?grant_type=password|refresh_token`. */
export async function handleToken(ctx: AuthContext): Promise<void> {
  const grantType = ctx.search.get('grant_type');
  if (grantType === 'password') {
    await passwordGrant(ctx);
  } else if (grantType === 'refresh_token') {
    await refreshTokenGrant(ctx);
  } else {
    // NOTE: the id_token, pkce and web3 grants are not imitated.
    throw badRequest('invalid_credentials', 'unsupported_grant_type');
  }
}

async function passwordGrant(ctx: AuthContext): Promise<void> {
  const address = ctx.client.ip ?? 'unknown';
  if (!ctx.limits.signInByAddress.take(address)) throw rateLimited();
  const body = await readJsonObject(ctx);
  const email = stringField(body, 'email') ?? '';
  const phone = stringField(body, 'phone') ?? '';
  const password = stringField(body, 'password') ?? '';
  if (email && phone) {
    throw badRequest(
      'validation_failed',
      'Only an email address or phone number should be provided on login.',
    );
  }
  if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
  if (!email) throw badRequest('validation_failed', 'missing email or phone');
  if (!ctx.limits.signInByEmail.take(email.toLowerCase())) throw rateLimited();

  const session = await ctx.db.authTransaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || !user.encrypted_password) throw badRequest('invalid_credentials', INVALID_LOGIN);
    if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
    if (!(await verifyPassword(password, user.encrypted_password))) {
      throw badRequest('invalid_credentials', INVALID_LOGIN);
    }
    if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');

    const { sessionId, refreshToken } = await createSession(tx, user.id, 'password', ctx.client);
    const signedIn = (await findUserById(tx, user.id))!;
    const access = await issueAccessToken(
      tx,
      signedIn,
      sessionId,
      ctx.config.auth,
      ctx.config.jwtSecret,
      ctx.issuer,
    );
    const json = await sessionJson(tx, signedIn, access, refreshToken, ctx.config.auth);
    ctx.log.userId = user.id;
    return { json, weak: weakPasswordNote(password, ctx) };
  });
  sendJson(
    ctx.res,
    200,
    session.weak ? { ...session.json, weak_password: session.weak } : session.json,
  );
}

/** Describes a valid password that no longer meets the rules; GoTrue signs the user in and adds this note. */
function weakPasswordNote(password: string, ctx: AuthContext): Record<string, unknown> | null {
  try {
    checkPasswordStrength(password, ctx.config.auth);
    return null;
  } catch (error) {
    if (error instanceof AuthError && error.code === 'weak_password') {
      return { message: error.message, ...(error.extra.weak_password as object) };
    }
    return null;
  }
}

interface TokenRow {
  id: string;
  token: string;
  user_id: string;
  revoked: boolean;
  parent: string | null;
  session_id: string | null;
  session_found: boolean;
  not_after_passed: boolean;
  reuse_expired: boolean;
}

type RefreshOutcome = { json: Record<string, unknown> } | { error: AuthError };

async function refreshTokenGrant(ctx: AuthContext): Promise<void> {
  if (!ctx.limits.refreshByAddress.take(ctx.client.ip ?? 'unknown')) throw rateLimited();
  const body = await readJsonObject(ctx);
  const refreshToken = stringField(body, 'refresh_token') ?? '';
  if (!refreshToken) throw new OAuthError('invalid_request', 'refresh_token required');

  // An error that must keep the transaction's writes (revoking a reused
  // token's family) is returned instead of thrown, so the transaction commits.
  const outcome = await ctx.db.authTransaction((tx) => rotate(tx, ctx, refreshToken));
  if ('error' in outcome) throw outcome.error;
  sendJson(ctx.res, 200, outcome.json);
}

/**
 * GoTrue's refresh: a live token is swapped for a child token; a used
 * (revoked) token returns the session's current token when that token is
 * its direct child, is swapped again within `refresh_token_reuse_interval`
 * seconds of its use, and after that revokes every token of its session.
 */
async function rotate(tx: Queryable, ctx: AuthContext, presented: string): Promise<RefreshOutcome> {
  const auth = ctx.config.auth;
  const found = await tx.query<TokenRow>(
    `select rt.id, rt.token, rt.user_id, rt.revoked, rt.parent, rt.session_id,
            s.id is not null as session_found,
            coalesce(s.not_after < now(), false) as not_after_passed,
            rt.updated_at + make_interval(secs => $2) < now() as reuse_expired
     from auth.refresh_tokens rt left join auth.sessions s on s.id = rt.session_id
     where rt.token = $1
     for update of rt`,
    [presented, auth.refreshTokenReuseInterval],
  );
  const token = found.rows[0];
  if (!token) {
    throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  }
  const user = await findUserById(tx, token.user_id);
  if (!user) {
    throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  }
  if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
  if (!token.session_found || !token.session_id) {
    await tx.query('delete from auth.refresh_tokens where id = $1', [token.id]);
    throw badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found');
  }
  if (token.not_after_passed) {
    throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired');
  }
  const sessionId = token.session_id;

  let issued: string | null = null;
  if (token.revoked) {
    const active = await tx.query<{ token: string; parent: string | null }>(
      `select token, parent from auth.refresh_tokens
       where session_id = $1 and revoked = false order by id desc limit 1`,
      [sessionId],
    );
    const current = active.rows[0];
    if (current && current.parent === token.token) {
      issued = current.token;
    } else if (token.reuse_expired) {
      if (auth.enableRefreshTokenRotation) {
        await tx.query(
          `update auth.refresh_tokens set revoked = true, updated_at = now()
           where session_id = $1 and revoked = false`,
          [sessionId],
        );
      }
      ctx.logger.warn({ userId: user.id, sessionId }, 'reused refresh token: session revoked');
      return {
        error: badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
      };
    }
  }
  if (issued === null) {
    await tx.query(
      'update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1',
      [token.id],
    );
    issued = (await insertRefreshToken(tx, user.id, sessionId, token.token)).token;
  }
  await tx.query(
    `update auth.sessions set refreshed_at = now() at time zone 'utc', updated_at = now(),
       user_agent = $2, ip = $3::inet
     where id = $1`,
    [sessionId, ctx.client.userAgent, ctx.client.ip],
  );
  const access = await issueAccessToken(
    tx,
    user,
    sessionId,
    auth,
    ctx.config.jwtSecret,
    ctx.issuer,
  );
  ctx.log.userId = user.id;
  return { json: await sessionJson(tx, user, access, issued, auth) };
}
