import { defineConfig, devices } from '@playwright/test';

import {
  E2E_APP_PORT,
  E2E_APP_URL,
  E2E_SUPABASE_PORT,
  E2E_SUPABASE_URL,
} from './e2e/support/env.ts';

// The suite runs its own stand-in and dev server on ports apart from `npm start`'s
// (54321 and 5173), so it can run while the demo is up.

// A PGlite folder for the suite alone. The stand-in applies migrations and the seed when the
// folder is empty, so removing it first gives every run the same demo data.
// E2E_DATA_DIR and E2E_OUTPUT_DIR, with E2E_SUPABASE_PORT and E2E_APP_PORT, let a second run
// work beside the first without removing its database or its results.
const DATA_DIR = process.env.E2E_DATA_DIR || '.local-supabase/e2e-data';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT_DIR || 'test-results/playwright',
  // The tests share one database and the machine has few cores: one worker, in file order.
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E_APP_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        headless: true,
        launchOptions: {
          // Playwright cannot download its own browser here, so it drives Debian's Chromium.
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: [
    {
      name: 'Supabase stand-in',
      command: `rm -rf ${DATA_DIR} && node_modules/.bin/tsx local-supabase/cli.ts start`,
      url: `${E2E_SUPABASE_URL}/auth/v1/health`,
      env: {
        SUPABASE_PORT: String(E2E_SUPABASE_PORT),
        LOCAL_SUPABASE_DATA_DIR: DATA_DIR,
        // PGlite always, even when a PostgreSQL URL is set for the API tests.
        DATABASE_URL: '',
        // Every test signs in from one address, more often than config.toml's 30 per 5 minutes.
        LOCAL_SUPABASE_RATE_LIMIT_SIGN_IN: '1000',
        // The browser suite signs people up and checks claiming; the API tests cover confirmation.
        LOCAL_SUPABASE_EMAIL_CONFIRMATIONS: 'off',
      },
      // The first start migrates and seeds a fresh PGlite database.
      timeout: 240_000,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'Vite',
      // Vite rejects a second dev server for one project without this flag, and `npm start` may
      // run one.
      command: `node_modules/.bin/vite --host 127.0.0.1 --port ${E2E_APP_PORT} --strictPort --bypass-lock`,
      url: E2E_APP_URL,
      env: { VITE_SUPABASE_URL: E2E_SUPABASE_URL },
      timeout: 60_000,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
