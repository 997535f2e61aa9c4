import type { IncomingMessage } from 'node:http';
import { errors, jwtVerify } from 'jose';
import type { Queryable } from '../db/types.ts';
import { bearerToken } from '../http.ts';
import { AuthError, forbidden } from './errors.ts';
import type { UserRow } from './format.ts';
import { findUserById } from './users.ts';

/** Roles that may call `/admin` (GoTrue's default `GOTRUE_JWT_ADMIN_ROLES`). */
export const ADMIN_ROLES = ['service_role', 'supabase_admin'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** golang-jwt's wording for each failure, as GoTrue puts it after "invalid JWT: ...". */
function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token has invalid claims: token is expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `token has invalid claims: token ${error.claim === 'nbf' ? 'is not valid yet' : 'is invalid'}`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return 'token signature is invalid: signing method is invalid';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'token signature is invalid: signature is invalid';
  }
  return 'token is malformed: could not parse the token';
}

/** Reads the bearer token and verifies it as GoTrue does: 401 without one, 403 `bad_jwt` when invalid. */
export async function requireClaims(
  req: IncomingMessage,
  jwtSecret: string,
): Promise<Record<string, unknown>> {
  const token = bearerToken(req);
  if (!token) {
    throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token');
  }
  if (token.split('.').length !== 3) {
    throw forbidden(
      'bad_jwt',
      'invalid JWT: unable to parse or verify signature, token is malformed: token contains an invalid number of segments',
    );
  }
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(jwtSecret), {
      algorithms: ['HS256'],
    });
    return payload as Record<string, unknown>;
  } catch (error) {
    throw forbidden(
      'bad_jwt',
      `invalid JWT: unable to parse or verify signature, ${describeFailure(error)}`,
    );
  }
}

export interface Authenticated {
  claims: Record<string, unknown>;
  user: UserRow;
  /** The session the token belongs to; null for a token without `session_id`. */
  sessionId: string | null;
}

/** GoTrue's `requireAuthentication`: a valid token whose user, and session if named, still exist. */
export async function requireUser(
  tx: Queryable,
  claims: Record<string, unknown>,
): Promise<Authenticated> {
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '') {
    throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  }
  if (!UUID.test(subject)) {
    throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
  }
  const user = await findUserById(tx, subject);
  if (!user) {
    throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  }
  const sessionClaim = claims.session_id;
  let sessionId: string | null = null;
  if (typeof sessionClaim === 'string' && sessionClaim !== '' && !/^0{8}-/.test(sessionClaim)) {
    if (!UUID.test(sessionClaim)) {
      throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
    }
    const session = await tx.query('select 1 from auth.sessions where id = $1', [sessionClaim]);
    if (session.rows.length === 0) {
      throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
    }
    sessionId = sessionClaim;
  }
  return { claims, user, sessionId };
}

/** GoTrue's `requireAdmin`: the token's role must be one of ADMIN_ROLES. */
export function requireAdminRole(claims: Record<string, unknown>): void {
  if (typeof claims.role !== 'string' || !ADMIN_ROLES.includes(claims.role)) {
    throw forbidden('not_admin', 'User not allowed');
  }
}
