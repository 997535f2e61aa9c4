import bcrypt from 'bcryptjs';
import type { AuthConfig } from '../config.ts';
import { AuthError, badRequest } from './errors.ts';

/** bcrypt's input limit; GoTrue rejects longer passwords instead of truncating them. */
export const MAX_PASSWORD_LENGTH = 72;

/** GoTrue hashes with Go's bcrypt.DefaultCost. */
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Compares against a stored bcrypt hash; false for a missing or non-bcrypt hash. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash || !/^\$2[abxy]\$\d\d\$/.test(hash)) return false;
  return bcrypt.compare(password, hash);
}

/**
 * Raises GoTrue's errors for a password that is too long (400) or shorter
 * than `minimum_password_length` (422 `weak_password` with its reasons).
 */
export function checkPasswordStrength(password: string, config: AuthConfig): void {
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badRequest(
      'validation_failed',
      `Password cannot be longer than ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
  if (password.length < config.minimumPasswordLength) {
    throw new AuthError(
      422,
      'weak_password',
      `Password should be at least ${config.minimumPasswordLength} characters.`,
      { weak_password: { reasons: ['length'] } },
    );
  }
}
