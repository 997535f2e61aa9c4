import { createHash, randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import type { AuthConfig } from '../config.ts';
import type { Queryable } from '../db/types.ts';
import { forbidden } from './errors.ts';
import { isoTimestamp, type UserRow } from './format.ts';
import { findUserById, isBanned, mergeMetadata, USER_COLUMNS } from './users.ts';

/** Digits in an email OTP (GoTrue's default `MAILER_OTP_LENGTH`). */
const OTP_LENGTH = 6;

export interface ConfirmationToken {
  /** The code a confirmation mail shows, for `POST /verify {type, email, token}`. */
  otp: string;
  /** The SHA-224 hex digest that `auth.users.confirmation_token` stores and the link carries. */
  hash: string;
}

/** GoTrue's token hash: hex SHA-224 of the address followed by the OTP. */
export function tokenHash(email: string, otp: string): string {
  return createHash('sha224')
    .update(email + otp)
    .digest('hex');
}

/** Makes a confirmation OTP and its hash, as GoTrue's `sendConfirmation` does. */
export function newConfirmationToken(email: string): ConfirmationToken {
  const otp = String(randomInt(10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0');
  return { otp, hash: tokenHash(email, otp) };
}

/** Stores a fresh confirmation token hash on the user and marks it sent now. */
export async function storeConfirmationToken(
  tx: Queryable,
  userId: string,
  hash: string,
): Promise<void> {
  await tx.query(
    `update auth.users set confirmation_token = $2, confirmation_sent_at = now(),
       updated_at = now()
     where id = $1`,
    [userId, hash],
  );
}

/** Builds the link a confirmation mail carries: `<issuer>/verify?token=<hash>&type=signup&redirect_to=...`. */
export function confirmationLink(issuer: string, hash: string, redirectTo: string): string {
  const query = new URLSearchParams({ token: hash, type: 'signup', redirect_to: redirectTo });
  return `${issuer}/verify?${query.toString()}`;
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^./]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * GoTrue's `IsRedirectURLValid`: a URL on the site URL's host, a loopback IP
 * address, or one matching `additional_redirect_urls` (where `*` stops at `.`
 * and `/`, and `**` does not). Anything else would make the link an open redirect.
 */
export function isRedirectAllowed(config: AuthConfig, target: string): boolean {
  if (!target) return false;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  try {
    if (new URL(config.siteUrl).hostname.replace(/^\[|\]$/g, '') === host) return true;
  } catch {
    // An unparsable site URL matches nothing; the allow list may still match.
  }
  if (/^[0-9]+$/.test(host)) return false;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return config.additionalRedirectUrls.some((pattern) => globToRegExp(pattern).test(target));
}

/** Picks the redirect target as GoTrue does: `requested` if allowed, else `referer` if allowed, else the site URL. */
export function redirectTarget(
  config: AuthConfig,
  requested: string | null | undefined,
  referer?: string | null,
): string {
  if (requested && isRedirectAllowed(config, requested)) return requested;
  if (referer && isRedirectAllowed(config, referer)) return referer;
  return config.siteUrl;
}

/** Creates GoTrue's error for an unknown, used or expired confirmation token. */
export function linkInvalid() {
  return forbidden('otp_expired', 'Email link is invalid or has expired');
}

/**
 * Finds the user a confirmation token hash belongs to and checks that the
 * token has not expired, raising 403 `otp_expired` otherwise, as GoTrue's
 * `verifyTokenHash` does. Locks the row for the rest of the transaction.
 */
export async function userForConfirmationToken(
  tx: Queryable,
  hash: string,
  config: AuthConfig,
): Promise<UserRow> {
  if (!hash) throw linkInvalid();
  const result = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users
     where confirmation_token = $1 and is_sso_user = false
     for update`,
    [hash],
  );
  const user = result.rows[0];
  if (!user) throw linkInvalid();
  if (isBanned(user)) throw forbidden('user_banned', 'User is banned');
  const sentAt = isoTimestamp(user.confirmation_sent_at);
  if (!sentAt || Date.parse(sentAt) + config.emailOtpExpiry * 1000 < Date.now()) {
    throw linkInvalid();
  }
  return user;
}

/**
 * Confirms the address as GoTrue's `User.Confirm` does: clears the token, sets
 * `email_confirmed_at` and adds `email_verified: true` to the user metadata.
 * Setting `email_confirmed_at` fires the triggers that link invited staff rows.
 */
export async function confirmUser(tx: Queryable, user: UserRow): Promise<UserRow> {
  await tx.query(
    `update auth.users set confirmation_token = '', email_confirmed_at = now(),
       raw_user_meta_data = $2::jsonb, updated_at = now()
     where id = $1`,
    [user.id, JSON.stringify(mergeMetadata(user.raw_user_meta_data, { email_verified: true }))],
  );
  return (await findUserById(tx, user.id))!;
}
