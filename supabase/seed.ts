// The demo seed. `buildSeedSql()` returns SQL for the migration owner to run after the
// migrations; `npm run seed:sql` writes it to supabase/seed.sql for the Supabase CLI.
export { buildSeedSql, type BuildSeedOptions } from './seed/generate.ts';
