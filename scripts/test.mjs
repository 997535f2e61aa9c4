#!/usr/bin/env node
// Runs every check the project has, in the order a failure is cheapest to
// read: types, lint, unit and API tests (PGlite and PostgreSQL), then the
// browser suite. Stops at the first failing step and exits with its status.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}) after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${title} passed in ${seconds} s.`);
}

// Playwright cannot download its own browser here, so the suite uses
// Debian's Chromium. Installs it as root (CI); otherwise prints how to install it.
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = ['install', '-y', '--no-install-recommends', 'chromium'];
    console.log("\n=== Chromium is missing: installing Debian's chromium package");
    const result = spawnSync('apt-get', install, { stdio: 'inherit', env });
    if (result.status !== 0) {
      // A fresh machine may have no package lists yet.
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
      spawnSync('apt-get', install, { stdio: 'inherit', env });
    }
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    `Chromium was not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
  );
  process.exit(1);
}

run('Type check', 'npx', ['tsc', '-b']);
run('Lint', 'npm', ['run', 'lint', '--silent']);
run('Unit and API tests', 'npx', ['vitest', 'run']);
ensureChromium();
run('Browser tests', 'npx', ['playwright', 'test'], { CI: process.env.CI ?? '1' });
