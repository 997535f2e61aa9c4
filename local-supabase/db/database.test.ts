import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, testBackends, type TestStack } from '../testing/stack.ts';

const FIXTURE = `
  create table public.fixture_item (
    id bigint generated always as identity primary key,
    label text not null,
    due date,
    at timestamptz
  );
  alter table public.fixture_item enable row level security;
`;

describe.each(testBackends())('database (%s)', (backend) => {
  let stack: TestStack;
  let bare: TestStack;

  beforeAll(async () => {
    [stack, bare] = await Promise.all([
      startTestStack({ backend, migrations: false, fixtureSql: FIXTURE }),
      startTestStack({
        backend,
        migrations: false,
        fixtureSql: FIXTURE,
        defaultPrivileges: false,
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([stack?.stop(), bare?.stop()]);
  });

  it('owner is not a superuser', async () => {
    const rows = await stack.sql<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `select current_user as name, rolsuper, rolbypassrls from pg_roles
       where rolname = current_user`,
    );

    expect(rows).toEqual([
      {
        name: backend === 'postgres' ? 'postgres' : 'migration_owner',
        rolsuper: false,
        rolbypassrls: true,
      },
    ]);
  });

  it('owner bypasses row level security', async () => {
    await stack.sql(`insert into public.fixture_item (label) values ('visible to owner')`);

    const rows = await stack.sql(`select label from public.fixture_item`);

    expect(rows.length).toBeGreaterThan(0);
  });

  it('request transactions start as authenticator', async () => {
    const rows = await stack.db.transaction((tx) =>
      tx.query<{ name: string }>('select current_user as name'),
    );

    expect(rows.rows).toEqual([{ name: 'authenticator' }]);
  });

  // NOTE: on PGlite the session user stays the superuser, so `set role` can
  // reach any role there; the server only lets tokens name the API roles.
  it.skipIf(backend === 'pglite')('authenticator can only become API roles', async () => {
    const attempt = stack.db.transaction((tx) => tx.query('set local role postgres'));

    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });

  it('row level security hides rows from authenticated', async () => {
    await stack.sql(`insert into public.fixture_item (label) values ('hidden')`);

    const rows = await stack.db.transaction(async (tx) => {
      await tx.query('set local role authenticated');
      return tx.query('select * from public.fixture_item');
    });

    expect(rows.rows).toEqual([]);
  });

  it('read-only transactions reject writes', async () => {
    const attempt = stack.db.transaction(
      async (tx) => {
        await tx.query('set local role service_role');
        return tx.query(`insert into public.fixture_item (label) values ('no')`);
      },
      { readOnly: true },
    );

    await expect(attempt).rejects.toMatchObject({ code: '25006' });
  });

  it('a failed transaction rolls back', async () => {
    const label = `rolled back ${Date.now()}`;

    const attempt = stack.db.transaction(async (tx) => {
      await tx.query('set local role service_role');
      await tx.query('insert into public.fixture_item (label) values ($1)', [label]);
      throw new Error('stop');
    });

    await expect(attempt).rejects.toThrow('stop');
    expect(await stack.sql('select 1 from public.fixture_item where label = $1', [label])).toEqual(
      [],
    );
  });

  it('default privileges reach the API roles', async () => {
    const granted = await stack.sql<{ allowed: boolean }>(
      `select has_table_privilege('anon', 'public.fixture_item', 'select') as allowed`,
    );
    const withheld = await bare.sql<{ allowed: boolean }>(
      `select has_table_privilege('anon', 'public.fixture_item', 'select') as allowed`,
    );

    expect(granted).toEqual([{ allowed: true }]);
    expect(withheld).toEqual([{ allowed: false }]);
  });

  it('returns dates and int8 as text', async () => {
    const rows = await stack.sql(
      `select 9007199254740993::int8 as big, 1.50::numeric as amount,
              '2025-09-01'::date as day, '2025-09-01 08:30:00+00'::timestamptz as at,
              array['2025-09-01'::date] as days, '{"a":1}'::jsonb as doc`,
    );

    expect(rows).toEqual([
      {
        big: '9007199254740993',
        amount: '1.50',
        day: '2025-09-01',
        at: '2025-09-01 08:30:00+00',
        days: ['2025-09-01'],
        doc: { a: 1 },
      },
    ]);
  });

  it('auth helpers read the claims', async () => {
    const rows = await stack.db.transaction(async (tx) => {
      await tx.query('set local role authenticated');
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: '00000000-0000-0000-0000-00000000000a', role: 'authenticated' }),
      ]);
      return tx.query<{ uid: string; role: string }>(
        'select auth.uid() as uid, auth.role() as role',
      );
    });

    expect(rows.rows).toEqual([
      { uid: '00000000-0000-0000-0000-00000000000a', role: 'authenticated' },
    ]);
  });
});

describe.each(testBackends())('migrations (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('records every migration file', async () => {
    const { readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const folder = path.resolve(import.meta.dirname, '../../supabase/migrations');
    const expected = readdirSync(folder)
      .filter((file) => /^\d+_.*\.sql$/.test(file))
      .map((file) => file.split('_')[0])
      .sort();

    const rows = await stack.sql<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    );

    expect(rows.map((row) => row.version)).toEqual(expected);
  });
});
