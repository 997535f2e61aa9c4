import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  css: {
    // govuk-frontend's service navigation carries an Internet Explorer hack, `(min-width: 0\0)`,
    // that Lightning CSS cannot parse; with recovery it drops that one rule and warns.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      // govuk-frontend's own Sass triggers deprecation warnings that we cannot fix.
      scss: { quietDeps: true },
    },
  },
});
