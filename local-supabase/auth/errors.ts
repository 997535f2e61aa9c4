import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http.ts';

/** GoTrue's HTTP error: status, error code and message, plus extra body fields. */
export class AuthError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;

  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AuthError';
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/** GoTrue's OAuth-style error, sent as `{error, error_description}` with status 400. */
export class OAuthError extends Error {
  readonly error: string;

  constructor(error: string, description: string) {
    super(description);
    this.name = 'OAuthError';
    this.error = error;
  }
}

export const API_VERSION_HEADER = 'X-Supabase-Api-Version';
const API_VERSION_2024 = Date.UTC(2024, 0, 1);

/**
 * The API version a request names: '2024-01-01' for that date or later,
 * null for none or an unparsable one (GoTrue then falls back to its
 * initial error shape).
 */
export function requestApiVersion(req: IncomingMessage): '2024-01-01' | null {
  const header = req.headers['x-supabase-api-version'];
  if (typeof header !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(header)) return null;
  const date = Date.parse(`${header}T00:00:00Z`);
  return Number.isFinite(date) && date >= API_VERSION_2024 ? '2024-01-01' : null;
}

/**
 * Sends an error in the shape the request's API version expects: since
 * 2024-01-01 `{code, message}` with the version echoed in
 * `X-Supabase-Api-Version`, before that `{code: status, error_code, msg}`.
 */
export function sendAuthError(
  req: IncomingMessage,
  res: ServerResponse,
  error: AuthError | OAuthError,
): void {
  if (error instanceof OAuthError) {
    sendJson(res, 400, { error: error.error, error_description: error.message });
    return;
  }
  const headers: Record<string, string> = { 'x-sb-error-code': error.code };
  if (requestApiVersion(req)) {
    headers[API_VERSION_HEADER] = '2024-01-01';
    sendJson(
      res,
      error.status,
      { code: error.code, message: error.message, ...error.extra },
      headers,
    );
    return;
  }
  sendJson(
    res,
    error.status,
    { code: error.status, error_code: error.code, msg: error.message, ...error.extra },
    headers,
  );
}

export function badRequest(code: string, message: string): AuthError {
  return new AuthError(400, code, message);
}

export function unprocessable(code: string, message: string): AuthError {
  return new AuthError(422, code, message);
}

export function forbidden(code: string, message: string): AuthError {
  return new AuthError(403, code, message);
}
