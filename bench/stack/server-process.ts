// Starts bench/stack/serve.ts as a child process and waits for its URL.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  pid: number;
  stop(): Promise<void>;
}

const SERVE_SCRIPT = path.resolve(import.meta.dirname, 'serve.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

export async function startServerProcess(options: {
  databaseUrl?: string;
  pgliteDir?: string;
  port?: number;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(TSX, [SERVE_SCRIPT], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: options.databaseUrl ?? '',
      BENCH_PGLITE_DIR: options.pgliteDir ?? '',
      BENCH_PORT: String(options.port ?? 0),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once('line', resolve)),
    exited.then((code) => {
      throw new Error(`the benchmark server exited with code ${code} before listening`);
    }),
  ]);
  const info = JSON.parse(first) as { url: string; anonKey: string; serviceRoleKey: string };
  return {
    ...info,
    pid: child.pid!,
    async stop() {
      child.stdin!.end();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
