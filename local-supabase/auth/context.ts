import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/types.ts';
import { readBody } from '../http.ts';
import type { RequestLog } from '../server.ts';
import { AuthError, badRequest } from './errors.ts';
import type { SlidingWindowLimiter } from './rate-limit.ts';
import type { ClientInfo } from './sessions.ts';

/** Everything one `/auth/v1` request handler needs. */
export interface AuthContext {
  req: IncomingMessage;
  res: ServerResponse;
  db: Database;
  config: Config;
  logger: pino.Logger;
  search: URLSearchParams;
  log: RequestLog;
  /** The access tokens' `iss`: the API's URL followed by `/auth/v1`. */
  issuer: string;
  limits: {
    signInByAddress: SlidingWindowLimiter;
    signInByEmail: SlidingWindowLimiter;
    refreshByAddress: SlidingWindowLimiter;
  };
  client: ClientInfo;
}

export type JsonObject = Record<string, unknown>;

/** Reads the body as a JSON object, raising GoTrue's 400 `bad_json` otherwise. */
export async function readJsonObject(ctx: AuthContext): Promise<JsonObject> {
  const text = (await readBody(ctx.req, ctx.config.maxBodyBytes)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: ${(error as Error).message}`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('bad_json', 'Could not parse request body as JSON: expected an object');
  }
  return value as JsonObject;
}

/** An optional string field; raises `bad_json` when it has another type. */
export function stringField(body: JsonObject, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: "${name}" must be a string`,
    );
  }
  return value;
}

/** An optional JSON object field; raises `bad_json` when it has another type. */
export function objectField(body: JsonObject, name: string): JsonObject | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: "${name}" must be an object`,
    );
  }
  return value as JsonObject;
}

export function booleanField(body: JsonObject, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: "${name}" must be a boolean`,
    );
  }
  return value;
}

export function rateLimited(): AuthError {
  return new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
}

/** GoTrue's email check: present, at most 255 characters, a plausible address; returns it in lower case. */
export function validateEmail(email: string | undefined): string {
  if (!email) throw badRequest('validation_failed', 'An email address is required');
  if (email.length > 255) throw badRequest('validation_failed', 'An email address is too long');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
  }
  return email.toLowerCase();
}
