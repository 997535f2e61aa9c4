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
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so separate chunks stay cached across
        // releases; it also keeps each chunk under Vite's 500 kB warning.
        codeSplitting: {
          groups: [
            { name: 'supabase', test: /node_modules[\\/]@supabase[\\/]/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
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
