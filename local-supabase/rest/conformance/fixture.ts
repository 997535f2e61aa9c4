import { readFileSync } from 'node:fs';

import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';

import type { TestStack } from '../../testing/stack.ts';

/** The fixture schema and rows every conformance test file starts from. */
export const FIXTURE_SQL = readFileSync(new URL('./fixture.sql', import.meta.url), 'utf8');

/** The first user of the fixture; notes' RLS policies match on this id. */
export const USER_ID = '5b0e7f52-9b1a-4c55-8a07-3a3c3f1d2e01';
export const OTHER_USER_ID = '9d4c1a7e-2f3b-4d6e-9a8b-7c6d5e4f3a02';

/** Signs an access token for `sub` as GoTrue signs them. */
export async function userToken(stack: TestStack, sub: string = USER_ID): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sub,
    role: 'authenticated',
    aud: 'authenticated',
    email: `${sub.slice(0, 8)}@example.test`,
    iat: now,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(stack.jwtSecret));
}

/** Creates a supabase-js client that sends `token` (default: the anon key) as its bearer. */
export function client(stack: TestStack, token?: string): SupabaseClient {
  return createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } },
  });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
}

/**
 * Sends a raw request to `/rest/v1` with supabase-js's headers. `token`
 * defaults to the anon key, and `headers` are added or replace the defaults.
 */
export async function rest(
  stack: TestStack,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string>; token?: string } = {},
): Promise<RawResponse> {
  const response = await fetch(`${stack.url}/rest/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      apikey: stack.anonKey,
      Authorization: `Bearer ${init.token ?? stack.anonKey}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
