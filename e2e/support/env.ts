// Where the suite's own stand-in and dev server listen; playwright.config.ts starts them here.
export const E2E_SUPABASE_PORT = Number(process.env.E2E_SUPABASE_PORT || 54331);
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT || 5183);
export const E2E_SUPABASE_URL = `http://127.0.0.1:${E2E_SUPABASE_PORT}`;
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`;

/** The localStorage key of the browser's session: supabase-js's default for the stand-in's URL. */
export const AUTH_STORAGE_KEY = `sb-${new URL(E2E_SUPABASE_URL).hostname.split('.')[0]}-auth-token`;

/** The Supabase CLI's well-known local anon key, which the stand-in accepts. */
export const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

export const DEMO_PASSWORD = 'mentoring-demo';

/**
 * The Supabase CLI's well-known local service_role key: tests use it only to add their own
 * rows, never rows that the demo figures depend on.
 */
export const SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
