import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const nodeMajor = Number(process.versions.node.split('.')[0]);

export default defineConfig({
  // The app's import alias, as in vite.config.ts, for unit tests under src/.
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: [
      'local-supabase/**/*.test.ts',
      'supabase/tests/**/*.test.ts',
      'supabase/seed/**/*.test.ts',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'bench/**/*.test.ts',
    ],
    exclude: ['e2e/**', 'node_modules/**'],
    globalSetup: ['local-supabase/testing/global-setup.ts'],
    // supabase-js 2.109 throws when it builds a client on Node 20 without a
    // WebSocket, which Node 20 only has behind this flag.
    execArgv: nodeMajor < 22 ? ['--experimental-websocket'] : [],
    // Each API test file starts its own stack, and starting PGlite and
    // applying the migrations takes seconds, more on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
