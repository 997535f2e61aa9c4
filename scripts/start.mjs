#!/usr/bin/env node
// `npm start`: runs the local Supabase stand-in and the Vite dev server together, waits until
// both respond, prints where they are and the demo accounts, and stops both on Ctrl-C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

const SUPABASE_PORT = Number(process.env.SUPABASE_PORT || 54321);
const APP_PORT = Number(process.env.APP_PORT || 5173);
const SUPABASE_URL = `http://127.0.0.1:${SUPABASE_PORT}`;
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

// The first start applies migrations and the seed, which takes a while on PGlite.
const STARTUP_TIMEOUT_MS = 180_000;
const POLL_INTERVAL_MS = 250;

const DEMO_PASSWORD = 'mentoring-demo';
const DEMO_ACCOUNTS = [
  ['tutor@oakfield.example', 'induction tutor, Oakfield'],
  ['head@oakfield.example', 'headteacher, Oakfield'],
  ['mentor@oakfield.example', 'mentor, Oakfield'],
  ['ect@oakfield.example', 'ECT, Oakfield'],
  ['tutor@brookside.example', 'induction tutor, Brookside'],
];

const children = [];
let stopping = false;

function startChild(name, command, args, env) {
  // Each child leads its own process group, so stopping it also stops what it started
  // (npm and tsx run the stand-in in grandchild processes).
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(
        `\n${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest.`,
      );
      void stopAll(code || 1);
    }
  });
  children.push({ name, child });

  return child;
}

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    // ESRCH: the group has already gone.
    if (error.code !== 'ESRCH') throw error;
  }
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) signalGroup(child, 'SIGTERM');
  await Promise.all(children.map(({ child }) => waitForExit(child, 10_000)));
  for (const { name, child } of children) {
    if (child.exitCode === null && child.signalCode === null) {
      console.error(`${name} did not stop within 10 s; killing it.`);
      signalGroup(child, 'SIGKILL');
    }
  }
  process.exit(exitCode);
}

async function waitUntilAnswering(name, url, headers = {}) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError = 'no response yet';
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { headers });
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  console.error(
    `${name} did not respond at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s (last: ${lastError}).`,
  );
  await stopAll(1);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

startChild('The Supabase stand-in', path.join(BIN, 'tsx'), ['local-supabase/cli.ts', 'start'], {
  SUPABASE_PORT: String(SUPABASE_PORT),
});
startChild(
  'The Vite dev server',
  path.join(BIN, 'vite'),
  ['--host', '127.0.0.1', '--port', String(APP_PORT), '--strictPort'],
  { VITE_SUPABASE_URL: SUPABASE_URL },
);

await Promise.all([
  waitUntilAnswering('The Supabase stand-in', `${SUPABASE_URL}/auth/v1/health`, {
    apikey: ANON_KEY,
  }),
  waitUntilAnswering('The Vite dev server', APP_URL),
]);

if (!stopping) {
  const accounts = DEMO_ACCOUNTS.map(([email, role]) => `  ${email.padEnd(26)} ${role}`);
  console.log(
    [
      '',
      'ECT mentoring is running.',
      `  App:       ${APP_URL}`,
      `  Supabase:  ${SUPABASE_URL} (REST /rest/v1, auth /auth/v1)`,
      '',
      `Demo accounts (password: ${DEMO_PASSWORD}):`,
      ...accounts,
      '',
      'Press Ctrl-C to stop both.',
      '',
    ].join('\n'),
  );
}
