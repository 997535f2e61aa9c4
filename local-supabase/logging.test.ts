import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHeaders, createTestClient } from './testing/clients.ts';
import { startTestStack, testBackends, type TestStack } from './testing/stack.ts';

describe.each(testBackends())('request log (%s)', (backend) => {
  const lines: Record<string, unknown>[] = [];
  let stack: TestStack;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (line.trim()) lines.push(JSON.parse(line));
        }
        done();
      },
    });
    stack = await startTestStack({
      backend,
      migrations: false,
      logger: pino({ level: 'info' }, sink),
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('logs one line per request without secrets', async () => {
    const email = `logged.${Date.now()}@example.test`;
    const password = 'a-password-nobody-should-log';
    const client = createTestClient(stack);
    const { data } = await client.auth.signUp({ email, password });
    const session = data.session!;
    await client.auth.refreshSession();
    await fetch(`${stack.url}/rest/v1/anything?apikey=${stack.anonKey}`, {
      headers: apiHeaders(stack, session.access_token),
    });

    const requests = lines.filter((line) => line.msg === 'request');
    const text = JSON.stringify(lines);
    expect(requests.map((line) => line.path)).toEqual([
      '/auth/v1/signup',
      '/auth/v1/token',
      '/rest/v1/anything',
    ]);
    expect(requests.map((line) => line.method)).toEqual(['POST', 'POST', 'GET']);
    expect(requests[0]!.status).toBe(200);
    expect(requests[0]!.userId).toBe(session.user.id);
    expect(requests[2]!.userId).toBe(session.user.id);
    expect(typeof requests[0]!.ms).toBe('number');
    expect(text).not.toContain(password);
    expect(text).not.toContain(session.access_token);
    expect(text).not.toContain(session.refresh_token);
    expect(text).not.toContain(stack.anonKey);
  });
});
