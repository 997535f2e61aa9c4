import { isAuthApiError, type Session } from '@supabase/supabase-js';
import { useSyncExternalStore } from 'react';

import { supabase } from './supabase';

// supabase-js keeps the session in localStorage and announces changes (sign-in, token refresh,
// sign-out in this or another tab). This store mirrors it so components re-render on change.
let currentSession: Session | null = null;
const listeners = new Set<() => void>();

function setSession(session: Session | null) {
  if (session?.access_token === currentSession?.access_token) {
    return;
  }
  currentSession = session;
  listeners.forEach((listener) => listener());
}

supabase.auth.onAuthStateChange((_event, session) => setSession(session));

/**
 * Loads the stored session, refreshing it if it has expired, or returns null when no user is
 * signed in. Throws when the refresh could not reach the server.
 */
export async function loadSession(): Promise<Session | null> {
  const { data, error } = await supabase.auth.getSession();
  if (isAuthApiError(error)) {
    // The server rejected the refresh token (revoked, reused or from a reset database), and
    // supabase-js has dropped the session, so the user signs in again.
    setSession(null);
    return null;
  }
  if (error) {
    throw error;
  }
  setSession(data.session);

  return data.session;
}

function subscribe(listener: () => void) {
  listeners.add(listener);

  return () => {
    listeners.delete(listener);
  };
}

/** Returns the current session; routes behind the auth guard can rely on it being set. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => currentSession);
}
