import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The app's import alias, as in vite.config.ts, for unit tests under src/.
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: [
      'local-supabase/**/*.test.ts',
      'supabase/tests/**/*.test.ts',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
    ],
    exclude: ['e2e/**', 'node_modules/**'],
    globalSetup: ['local-supabase/testing/global-setup.ts'],
    // Each API test file starts its own stack: PGlite boots and migrates in
    // seconds, and the two CPU cores are shared with other work.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
