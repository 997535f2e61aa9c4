// Regenerates src/database.types.ts in memory from the migrations and fails when the
// committed file differs, so a migration cannot land without the types the app compiles with.

import { describe, expect, inject, it } from 'vitest';

import { generateDatabaseTypes, readCommittedTypes, typeSchemas } from '../../scripts/gen-types.ts';

const adminUrl = inject('postgresAdminUrl');

if (adminUrl === null) {
  // postgres-meta needs a PostgreSQL server, and PGlite offers no connection it can use.
  describe.skip('generated database types (skipped: no PostgreSQL server binaries)', () => {
    it('needs the test cluster', () => undefined);
  });
} else {
  describe('generated database types', () => {
    it('src/database.types.ts is current', { timeout: 180_000 }, async () => {
      const generated = await generateDatabaseTypes(adminUrl);

      expect(readCommittedTypes(), 'src/database.types.ts is stale: run npm run gen:types').toBe(
        generated,
      );
    });

    it('covers the public schema', () => {
      const committed = readCommittedTypes() ?? '';

      expect(typeSchemas()).toContain('public');
      expect(committed).toContain('export type Database = {');
      expect(committed).toMatch(/^ {2}public: \{$/m);
    });
  });
}
