import type { Queryable } from '../db/types.ts';
import { isoTimestamp, type IdentityRow, type UserRow } from './format.ts';

/** GoTrue stores every user under the nil instance id. */
export const NIL_INSTANCE_ID = '00000000-0000-0000-0000-000000000000';

/** Audience and role of every user that signs up through this API. */
export const DEFAULT_AUDIENCE = 'authenticated';

export const USER_COLUMNS = `
  id, aud, role, email, encrypted_password, email_confirmed_at, invited_at, phone,
  phone_confirmed_at, confirmation_sent_at, confirmed_at, recovery_sent_at, email_change,
  email_change_sent_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data, created_at,
  updated_at, banned_until, deleted_at, is_anonymous`;

export async function findUserByEmail(tx: Queryable, email: string): Promise<UserRow | null> {
  const result = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users
     where lower(email) = lower($1) and aud = $2 and is_sso_user = false`,
    [email, DEFAULT_AUDIENCE],
  );
  return result.rows[0] ?? null;
}

export async function findUserById(tx: Queryable, id: string): Promise<UserRow | null> {
  const result = await tx.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1`, [
    id,
  ]);
  return result.rows[0] ?? null;
}

/** Locks the user's row for the rest of the transaction, then reads it. */
export async function lockUser(tx: Queryable, id: string): Promise<UserRow | null> {
  const result = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where id = $1 for update`,
    [id],
  );
  return result.rows[0] ?? null;
}

export async function findIdentities(tx: Queryable, userId: string): Promise<IdentityRow[]> {
  const result = await tx.query<IdentityRow>(
    `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at,
            updated_at, email
     from auth.identities where user_id = $1 order by created_at`,
    [userId],
  );
  return result.rows;
}

/** Another user (not `exceptUserId`) that already has this address, by user row or email identity. */
export async function findDuplicateEmail(
  tx: Queryable,
  email: string,
  exceptUserId: string | null,
): Promise<string | null> {
  const result = await tx.query<{ id: string }>(
    `select id from auth.users
     where lower(email) = lower($1) and is_sso_user = false and id is distinct from $2::uuid
     union
     select user_id from auth.identities
     where email = lower($1) and user_id is distinct from $2::uuid
     limit 1`,
    [email, exceptUserId],
  );
  return result.rows[0]?.id ?? null;
}

export interface NewUser {
  id?: string;
  email: string;
  passwordHash: string;
  role: string;
  userMetadata: Record<string, unknown>;
  appMetadata: Record<string, unknown>;
  confirmed: boolean;
  /** Hash of the confirmation token of an unconfirmed sign-up; sets `confirmation_sent_at` too. */
  confirmationToken?: string;
}

/** Inserts a user and its email identity, as GoTrue's sign-up and admin create do. */
export async function insertUser(tx: Queryable, user: NewUser): Promise<string> {
  const inserted = await tx.query<{ id: string }>(
    `insert into auth.users (
       instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       confirmation_token, confirmation_sent_at, raw_app_meta_data, raw_user_meta_data,
       created_at, updated_at, is_anonymous, is_sso_user)
     values ($1, coalesce($2::uuid, gen_random_uuid()), $3, $4, lower($5), $6,
       case when $7 then now() end, coalesce($8::text, ''), case when $8::text is not null then now() end,
       $9::jsonb, $10::jsonb, now(), now(), false, false)
     returning id`,
    [
      NIL_INSTANCE_ID,
      user.id ?? null,
      DEFAULT_AUDIENCE,
      user.role,
      user.email,
      user.passwordHash,
      user.confirmed,
      user.confirmationToken ?? null,
      JSON.stringify(user.appMetadata),
      JSON.stringify(user.userMetadata),
    ],
  );
  const id = inserted.rows[0]!.id;
  await insertEmailIdentity(tx, id, user.email, user.confirmed, user.userMetadata);
  return id;
}

/**
 * Inserts the `email` identity. Its data contains `sub`, `email` and the
 * verification flags, then any sign-up metadata keys not already present.
 */
export async function insertEmailIdentity(
  tx: Queryable,
  userId: string,
  email: string,
  verified: boolean,
  metadata: Record<string, unknown> = {},
): Promise<void> {
  const identityData: Record<string, unknown> = {
    sub: userId,
    email: email.toLowerCase(),
    email_verified: verified,
    phone_verified: false,
  };
  for (const [key, value] of Object.entries(metadata)) {
    if (!(key in identityData)) identityData[key] = value;
  }
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
       created_at, updated_at)
     values ($1::text, $2::uuid, $3::jsonb, 'email', now(), now(), now())`,
    [userId, userId, JSON.stringify(identityData)],
  );
}

/** Merges metadata as GoTrue does: a key set to null is removed, others are replaced. */
export function mergeMetadata(
  current: Record<string, unknown> | null,
  updates: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

export function isBanned(user: UserRow): boolean {
  const until = isoTimestamp(user.banned_until);
  return until !== undefined && Date.parse(until) > Date.now();
}
