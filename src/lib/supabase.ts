import { createClient } from '@supabase/supabase-js';

// The Supabase CLI's well-known local values, which the local stand-in also uses.
const LOCAL_URL = 'http://127.0.0.1:54321';
const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

export const supabaseUrl: string = import.meta.env.VITE_SUPABASE_URL || LOCAL_URL;

const anonKey: string = import.meta.env.VITE_SUPABASE_ANON_KEY || LOCAL_ANON_KEY;

// TODO: pass the generated Database type once src/database.types.ts exists, so that table
// and function results are typed from the schema instead of by hand in each api/ file.
/**
 * The localStorage key that contains the session: supabase-js's own default, named here so that
 * sign-out can remove the session when the server cannot be reached.
 */
export const authStorageKey = `sb-${new URL(supabaseUrl).hostname.split('.')[0]}-auth-token`;

export const supabase = createClient(supabaseUrl, anonKey, {
  auth: {
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
    storageKey: authStorageKey,
  },
});
