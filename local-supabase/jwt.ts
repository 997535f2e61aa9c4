import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';

/** Roles a token may name: those granted to `authenticator`. */
export const API_ROLES = ['anon', 'authenticated', 'service_role'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** Expiry of the Supabase CLI's local API keys (2032-11-12). */
const API_KEY_EXPIRY = 1983812996;

/** PostgREST accepts `exp`, `nbf` and `iat` within this many seconds of its clock. */
export const ALLOWED_CLOCK_SKEW_SECONDS = 30;

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs claims with HS256, keeping their key order, under the header `{"alg":"HS256","typ":"JWT"}`. */
export function signJwt(claims: JWTPayload, secret: string): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(secretKey(secret));
}

/**
 * Builds the Supabase CLI's API key for a role. With the CLI's default
 * secret these are byte for byte the keys that `supabase start` prints.
 */
export function apiKey(role: 'anon' | 'service_role', secret: string): Promise<string> {
  return signJwt({ iss: 'supabase-demo', role, exp: API_KEY_EXPIRY }, secret);
}

export type JwtFailure =
  | { kind: 'decode'; message: string }
  | { kind: 'claims'; message: string }
  | { kind: 'role'; role: string };

export class JwtError extends Error {
  readonly failure: JwtFailure;

  constructor(failure: JwtFailure) {
    super(failure.kind === 'role' ? `JWT role "${failure.role}" is not allowed` : failure.message);
    this.name = 'JwtError';
    this.failure = failure;
  }
}

/**
 * Verifies an HS256 token's signature and time claims and returns its claims unchanged.
 * Raises JwtError with PostgREST 13's messages for decode failures (wrong part count,
 * algorithm or signature) and claim failures (expired, not yet valid). A string secret is
 * used as its UTF-8 bytes.
 */
export async function verifyJwtSignature(
  token: string,
  secret: string | Uint8Array,
): Promise<JWTPayload> {
  const parts = token.split('.').length;
  if (token === '') {
    throw new JwtError({ kind: 'decode', message: 'Empty JWT is sent in Authorization header' });
  }
  if (parts !== 3) {
    throw new JwtError({ kind: 'decode', message: `Expected 3 parts in JWT; got ${parts}` });
  }
  try {
    const key = typeof secret === 'string' ? secretKey(secret) : secret;
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      clockTolerance: ALLOWED_CLOCK_SKEW_SECONDS,
    });
    return payload;
  } catch (error) {
    throw new JwtError(describeVerifyError(error));
  }
}

/**
 * Verifies an HS256 token and returns its claims, with `role` set to `anon`
 * when the token names none, as PostgREST does. Raises JwtError as
 * verifyJwtSignature does, and for roles outside anon, authenticated and
 * service_role.
 */
export async function verifyJwt(token: string, secret: string): Promise<Record<string, unknown>> {
  const payload = await verifyJwtSignature(token, secret);
  const role = payload.role === undefined ? 'anon' : payload.role;
  if (typeof role !== 'string' || !(API_ROLES as readonly string[]).includes(role)) {
    throw new JwtError({ kind: 'role', role: String(role) });
  }
  return { ...payload, role };
}

function describeVerifyError(error: unknown): JwtFailure {
  if (error instanceof errors.JWTExpired) return { kind: 'claims', message: 'JWT expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const message =
      error.claim === 'nbf'
        ? 'JWT not yet valid'
        : error.claim === 'iat'
          ? 'JWT issued at future'
          : 'Parsing claims failed';
    return { kind: 'claims', message };
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return { kind: 'decode', message: 'Wrong or unsupported encoding algorithm' };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { kind: 'decode', message: 'JWT cryptographic operation failed' };
  }
  return { kind: 'decode', message: "JWT couldn't be decoded" };
}
