import type { QueryClient } from '@tanstack/react-query';

import { authStorageKey, supabase } from '@/lib/supabase';

/**
 * Signs out on the server and in this browser, then empties the query cache so that no
 * figure from this user survives for the next one.
 *
 * When the server cannot be reached, the session is still removed from this browser, so that the
 * next person at a shared computer is not signed in as this user. The refresh token then stays
 * valid on the server until it expires, but no copy of it is left here.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  const { error } = await supabase.auth.signOut();
  if (error) {
    localStorage.removeItem(authStorageKey);
    // With no stored session, supabase-js skips the server, clears its state and emits
    // SIGNED_OUT.
    await supabase.auth.signOut({ scope: 'local' });
  }
  queryClient.clear();
}
