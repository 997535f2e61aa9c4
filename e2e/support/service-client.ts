// supabase-js clients for the suite's checks in the database, as the service role or signed
// out. Node 20 has no WebSocket, and supabase-js 2.109 refuses to build a client without one,
// so the realtime transport is a stub that fails if anything ever opens a channel.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';

import { ANON_KEY, E2E_SUPABASE_URL, SERVICE_ROLE_KEY } from './env';

class NoRealtimeTransport {
  constructor() {
    throw new Error('The browser suite does not use Supabase Realtime');
  }
}

function client(key: string): SupabaseClient {
  return createClient(E2E_SUPABASE_URL, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: NoRealtimeTransport as never },
  });
}

/** Creates a client that bypasses row-level security, to check what a page wrote. */
export function serviceClient(): SupabaseClient {
  return client(SERVICE_ROLE_KEY);
}

/** Creates a signed-out client, to sign up as an invited person would. */
export function anonClient(): SupabaseClient {
  return client(ANON_KEY);
}
