import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

export interface SignInInput {
  email: string;
  password: string;
}

/** Signs in with email and password; throws the AuthError that supabase-js returned. */
export async function signIn({ email, password }: SignInInput) {
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) {
    throw error;
  }

  return data.session;
}

export function useSignIn() {
  const queryClient = useQueryClient();

  return useMutation({
    // Nothing cached for an earlier user may be shown to this one, so the cache is emptied
    // before signing in, not after. supabase-js announces the new session before
    // signInWithPassword returns, and the header then starts loading the user's roles: emptying
    // the cache after that dropped the request, and the next page sent it again.
    onMutate: () => queryClient.removeQueries(),
    mutationFn: signIn,
  });
}
