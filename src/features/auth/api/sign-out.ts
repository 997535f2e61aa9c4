import type { QueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

/**
 * Signs out on the server and in this browser, then empties the query cache so that no
 * figure from this user survives for the next one. Throws the AuthError when the server
 * could not be told, in which case the session is kept and the user can try again.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  const { error } = await supabase.auth.signOut();
  if (error) {
    throw error;
  }
  queryClient.clear();
}
