import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, testBackends, type TestStack } from './stack.ts';

describe.each(testBackends())('test stack (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      backend,
      migrations: false,
      fixtureSql: 'create table public.fixture_note (id int primary key, body text);',
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves on a loopback port', () => {
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs sql as the owner', async () => {
    const rows = await stack.sql<{ owner: string }>(
      `select tableowner as owner from pg_tables where tablename = 'fixture_note'`,
    );
    const expectedOwner = backend === 'postgres' ? 'postgres' : 'migration_owner';
    expect(rows).toEqual([{ owner: expectedOwner }]);
  });

  it('auth health check succeeds', async () => {
    const response = await fetch(`${stack.url}/auth/v1/health`, {
      headers: { apikey: stack.anonKey },
    });
    expect(response.status).toBe(200);
  });
});
