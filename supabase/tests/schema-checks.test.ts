import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../local-supabase/config.ts';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { loadSecurityChecks } from './database/security-advisor.ts';

const checks = loadSecurityChecks();
const exposedSchemas = loadConfig().api.schemas;

async function offenders(stack: TestStack, sql: string): Promise<string[]> {
  // A query without $1 must get no parameters: the server rejects extra ones.
  const params = /\$1\b/.test(sql) ? [exposedSchemas] : [];
  const rows = await stack.sql<{ offender: string }>(sql, params);
  return rows.map((row) => row.offender);
}

// With Supabase's default privileges (anon and authenticated get everything
// the owner creates in public) and without them: the migrations must pass
// the same checks either way.
const variants = testBackends().flatMap((backend) => [
  { backend, defaultPrivileges: true },
  { backend, defaultPrivileges: false },
]);

describe.each(variants)(
  'security checks ($backend, default privileges $defaultPrivileges)',
  ({ backend, defaultPrivileges }) => {
    let stack: TestStack;

    beforeAll(async () => {
      stack = await startTestStack({ backend, defaultPrivileges });
    });

    afterAll(async () => {
      await stack?.stop();
    });

    it.each(checks.map((check) => [check.name, check] as const))('%s', async (_name, check) => {
      expect(await offenders(stack, check.sql), check.description).toEqual([]);
    });
  },
);

// A check that can never fail proves nothing, so each one is run against a
// schema that breaks it on purpose.
const brokenSchema = `
  create table public.unprotected (id int primary key, owner_id uuid);
  grant select on public.unprotected to anon;

  create table public.policy_without_index (id int primary key, owner_id uuid);
  alter table public.policy_without_index enable row level security;
  create policy "Owners read their rows" on public.policy_without_index
    for select to authenticated using (owner_id = auth.uid());
  create policy "Metadata decides" on public.policy_without_index
    for select to authenticated
    using ((select auth.jwt()) -> 'user_metadata' ->> 'school' = 'x');

  create table public.locked_out (id int primary key);
  alter table public.locked_out enable row level security;

  create view public.definer_view as select id from public.locked_out;
  create view public.users_view with (security_invoker = true) as select id from auth.users;

  create function public.exposed_definer() returns int
    language sql security definer set search_path = '' as 'select 1';
  create function private.loose_definer() returns int
    language sql security definer as 'select 1';
  grant execute on function private.loose_definer() to anon;
`;

const expectedOffenders: Record<string, string[]> = {
  rls_disabled_in_exposed_schema: ['public.unprotected'],
  rls_enabled_without_policy: ['public.locked_out'],
  security_definer_view: ['public.definer_view (view without security_invoker)'],
  auth_users_exposed: ['public.users_view'],
  security_definer_function_in_exposed_schema: ['exposed_definer()'],
  security_definer_function_search_path: ['private.loose_definer()'],
  security_definer_function_executable_by_anon: ['exposed_definer()', 'private.loose_definer()'],
  function_search_path_mutable: ['private.loose_definer()'],
  exposed_function_executable_by_anon: ['exposed_definer()'],
  policy_reads_user_metadata: ['policy "Metadata decides" on policy_without_index'],
  auth_function_not_wrapped_in_select: ['policy "Owners read their rows" on policy_without_index'],
  policy_column_without_index: ['policy_without_index.owner_id (policy "Owners read their rows")'],
  // Every relation the fixture creates: the default privileges grant anon all of them.
  anon_table_privileges: [
    'definer_view (v)',
    'locked_out (r)',
    'policy_without_index (r)',
    'unprotected (r)',
    'users_view (v)',
  ],
  private_schema_exposed: [],
};

describe.each(testBackends())('security checks catch a broken schema (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    // Default privileges on, as on a hosted project today, so anon has
    // every privilege on what the fixture creates, as after a careless migration.
    stack = await startTestStack({ backend, fixtureSql: brokenSchema });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('covers every check', () => {
    expect(Object.keys(expectedOffenders).sort()).toEqual(checks.map((check) => check.name).sort());
  });

  it.each(checks.map((check) => [check.name, check] as const))('%s', async (name, check) => {
    expect(await offenders(stack, check.sql)).toEqual(expectedOffenders[name]);
  });
});
