import type { Queryable } from '../../db/types.ts';
import { sendJson } from '../../http.ts';
import {
  confirmUser,
  redirectTarget,
  tokenHash,
  userForConfirmationToken,
} from '../confirmation.ts';
import { type AuthContext, readJsonObject, stringField, validateEmail } from '../context.ts';
import { AuthError, badRequest } from '../errors.ts';
import { createSession, issueAccessToken, sessionJson } from '../sessions.ts';

/** Link types whose token is a confirmation token. `email` is an email OTP of either kind. */
const CONFIRMATION_TYPES = new Set(['signup', 'invite', 'email']);

/** Link types GoTrue verifies that the stand-in never issues a token for. */
const UNSERVED_TYPES = new Set(['recovery', 'magiclink', 'email_change']);

/** GoTrue's OAuth error names by status, used in the error redirect's `error` field. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
};

/**
 * Confirms the user a token hash belongs to and starts an `otp` session, as
 * GoTrue's `verifyTokenHash` followed by `signupVerify` does. Recovery, magic
 * link and email change tokens are never issued here, so those types always
 * get `otp_expired`.
 */
async function verifyTokenHash(
  tx: Queryable,
  ctx: AuthContext,
  type: string,
  hash: string,
): Promise<Record<string, unknown>> {
  if (UNSERVED_TYPES.has(type)) {
    // NOTE: the stand-in has no recovery, magic link or email change tokens to match.
    throw new AuthError(403, 'otp_expired', 'Email link is invalid or has expired');
  }
  if (!CONFIRMATION_TYPES.has(type)) {
    throw badRequest('validation_failed', 'Invalid email verification type');
  }
  const found = await userForConfirmationToken(tx, hash, ctx.config.auth);
  const user = await confirmUser(tx, found);
  const { sessionId, refreshToken } = await createSession(tx, user.id, 'otp', ctx.client);
  const access = await issueAccessToken(
    tx,
    user,
    sessionId,
    ctx.config.auth,
    ctx.config.jwtSecret,
    ctx.issuer,
  );
  ctx.log.userId = user.id;
  ctx.logger.info({ userId: user.id }, 'email address confirmed');
  return sessionJson(tx, user, access, refreshToken, ctx.config.auth);
}

/**
 * `GET /verify?token=<hash>&type=signup&redirect_to=...`, the link in a
 * confirmation mail. Redirects (303) to `redirect_to` when allowed, else the
 * site URL, with the session in the fragment, or with `error`, `error_code`
 * and `error_description` in the fragment when the token is rejected.
 */
export async function handleVerifyGet(ctx: AuthContext): Promise<void> {
  const token = ctx.search.get('token') ?? '';
  const type = ctx.search.get('type') ?? '';
  const redirectTo = redirectTarget(
    ctx.config.auth,
    ctx.search.get('redirect_to'),
    ctx.req.headers.referer,
  );
  if (!type) throw badRequest('validation_failed', 'Verify requires a verification type');
  if (!token) throw badRequest('validation_failed', 'Verify requires a token or a token hash');

  let fragment: URLSearchParams;
  try {
    const session = await ctx.db.authTransaction((tx) => verifyTokenHash(tx, ctx, type, token));
    fragment = new URLSearchParams({
      access_token: String(session.access_token),
      expires_at: String(session.expires_at),
      expires_in: String(session.expires_in),
      refresh_token: String(session.refresh_token),
      token_type: String(session.token_type),
      type,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    ctx.logger.info({ code: error.code, type }, `email link rejected: ${error.message}`);
    fragment = new URLSearchParams();
    const oauthError = OAUTH_ERRORS[error.status];
    if (oauthError) fragment.set('error', oauthError);
    fragment.set('error_code', error.code);
    fragment.set('error_description', error.message);
  }
  // GoTrue appends the fragment to the URL as given, replacing any fragment it had.
  const base = redirectTo.split('#')[0];
  ctx.res.writeHead(303, { Location: `${base}#${fragment.toString()}` });
  ctx.res.end();
}

/**
 * `POST /verify {type, token_hash}`, or `{type, email, token}` with the
 * six-digit code, as supabase-js's `verifyOtp` sends them. Returns a session.
 */
export async function handleVerifyPost(ctx: AuthContext): Promise<void> {
  const body = await readJsonObject(ctx);
  const type = stringField(body, 'type') ?? '';
  const token = stringField(body, 'token') ?? '';
  const hash = stringField(body, 'token_hash') ?? '';
  const rawEmail = stringField(body, 'email') ?? '';
  const phone = stringField(body, 'phone') ?? '';
  if (!type) throw badRequest('validation_failed', 'Verify requires a verification type');
  if ((!token && !hash) || (token && hash)) {
    throw badRequest('validation_failed', 'Verify requires either a token or a token hash');
  }

  let lookup = hash;
  if (token) {
    if (!rawEmail || phone) {
      // NOTE: phone OTPs are not served; GoTrue would verify an SMS code here.
      throw badRequest(
        'validation_failed',
        'Only an email address or phone number should be provided on verify',
      );
    }
    lookup = tokenHash(validateEmail(rawEmail), token);
  } else if (rawEmail || phone || stringField(body, 'redirect_to')) {
    throw badRequest('validation_failed', 'Only the token_hash and type should be provided');
  }

  const session = await ctx.db.authTransaction((tx) => verifyTokenHash(tx, ctx, type, lookup));
  sendJson(ctx.res, 200, session);
}
