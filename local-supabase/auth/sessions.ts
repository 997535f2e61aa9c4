import { randomInt } from 'node:crypto';
import type { AuthConfig } from '../config.ts';
import type { Queryable } from '../db/types.ts';
import { signJwt } from '../jwt.ts';
import { isoTimestamp, userJson, type UserRow } from './format.ts';
import { findIdentities, NIL_INSTANCE_ID } from './users.ts';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A refresh token as GoTrue makes them: 12 random lower-case letters and digits. */
export function newRefreshToken(): string {
  let token = '';
  for (let i = 0; i < 12; i += 1) token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return token;
}

export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

/** Inserts a refresh token; `parent` links a rotated token to the one it replaced. */
export async function insertRefreshToken(
  tx: Queryable,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<{ id: string; token: string }> {
  const token = newRefreshToken();
  const result = await tx.query<{ id: string }>(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at,
       parent, session_id)
     values ($1, $2, $3, false, now(), now(), $4, $5)
     returning id`,
    [NIL_INSTANCE_ID, token, userId, parent, sessionId],
  );
  return { id: result.rows[0]!.id, token };
}

/**
 * Starts a session for a user who just proved who they are: the session,
 * its `amr` entry, the first refresh token and the user's last sign-in time.
 */
export async function createSession(
  tx: Queryable,
  userId: string,
  method: 'password' | 'otp',
  client: ClientInfo,
): Promise<{ sessionId: string; refreshToken: string }> {
  const session = await tx.query<{ id: string }>(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
     values (gen_random_uuid(), $1, now(), now(), 'aal1', $2, $3::inet)
     returning id`,
    [userId, client.userAgent, client.ip],
  );
  const sessionId = session.rows[0]!.id;
  await tx.query(
    `insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
     values ($1, now(), now(), $2, gen_random_uuid())`,
    [sessionId, method],
  );
  const refresh = await insertRefreshToken(tx, userId, sessionId, null);
  await tx.query(
    `update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`,
    [userId],
  );
  await tx.query(
    `update auth.identities set last_sign_in_at = now() where user_id = $1 and provider = 'email'`,
    [userId],
  );
  return { sessionId, refreshToken: refresh.token };
}

export interface AccessToken {
  token: string;
  expiresAt: number;
}

/** Signs an access token with GoTrue's claims, in GoTrue's order. */
export async function issueAccessToken(
  tx: Queryable,
  user: UserRow,
  sessionId: string,
  config: AuthConfig,
  jwtSecret: string,
  issuer: string,
): Promise<AccessToken> {
  const claims = await tx.query<{ method: string; at: string; aal: string | null }>(
    `select c.authentication_method as method, c.updated_at::text as at, s.aal
     from auth.mfa_amr_claims c join auth.sessions s on s.id = c.session_id
     where c.session_id = $1 order by c.updated_at`,
    [sessionId],
  );
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + config.jwtExpiry;
  const token = await signJwt(
    {
      iss: issuer,
      sub: user.id,
      aud: user.aud ?? '',
      exp: expiresAt,
      iat: issuedAt,
      email: user.email ?? '',
      phone: user.phone ?? '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role ?? '',
      aal: claims.rows[0]?.aal ?? 'aal1',
      amr: claims.rows.map((row) => ({
        method: row.method,
        timestamp: Math.floor(Date.parse(isoTimestamp(row.at)!) / 1000),
      })),
      session_id: sessionId,
      is_anonymous: user.is_anonymous,
    },
    jwtSecret,
  );
  return { token, expiresAt };
}

/** GoTrue's session response body. */
export async function sessionJson(
  tx: Queryable,
  user: UserRow,
  access: AccessToken,
  refreshToken: string,
  config: AuthConfig,
): Promise<Record<string, unknown>> {
  return {
    access_token: access.token,
    token_type: 'bearer',
    expires_in: config.jwtExpiry,
    expires_at: access.expiresAt,
    refresh_token: refreshToken,
    user: userJson(user, await findIdentities(tx, user.id)),
  };
}

export async function sessionExists(tx: Queryable, sessionId: string): Promise<boolean> {
  const result = await tx.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return result.rows.length > 0;
}

export type LogoutScope = 'global' | 'local' | 'others';

/** Deletes sessions as GoTrue's logout scopes do; refresh tokens go with them (on delete cascade). */
export async function deleteSessions(
  tx: Queryable,
  userId: string,
  sessionId: string | null,
  scope: LogoutScope,
): Promise<void> {
  if (sessionId && scope === 'local') {
    await tx.query('delete from auth.sessions where id = $1', [sessionId]);
  } else if (sessionId && scope === 'others') {
    await tx.query('delete from auth.sessions where user_id = $1 and id <> $2', [
      userId,
      sessionId,
    ]);
  } else {
    await tx.query('delete from auth.sessions where user_id = $1', [userId]);
  }
}
