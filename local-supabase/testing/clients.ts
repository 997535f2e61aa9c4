import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { TestStack } from './stack.ts';

/**
 * Creates a supabase-js client for a test stack with no user signed in. It
 * keeps its session in memory and never refreshes on a timer. The key
 * defaults to the anon key.
 */
export function createTestClient(stack: TestStack, key: string = stack.anonKey): SupabaseClient {
  return createClient(stack.url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

/** Headers that supabase-js sends, for raw fetch calls. */
export function apiHeaders(stack: TestStack, token?: string): Record<string, string> {
  return {
    apikey: stack.anonKey,
    Authorization: `Bearer ${token ?? stack.anonKey}`,
    'Content-Type': 'application/json',
    'X-Supabase-Api-Version': '2024-01-01',
  };
}

/** Reads a response's JSON body, typed loosely because tests compare its fields with literals. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readJson(response: Response): Promise<Record<string, any>> {
  return (await response.json()) as Record<string, never>;
}
