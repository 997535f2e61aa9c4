import type { TestProject } from 'vitest/node';
import { postgresBinariesPresent, POSTGRES_BIN, startCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway PostgreSQL cluster; null when the backend is skipped. */
    postgresAdminUrl: string | null;
  }
}

/**
 * Starts one throwaway PostgreSQL 15 cluster for the whole test run when
 * the server binaries are installed; each test stack then creates its own
 * database in it.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!postgresBinariesPresent()) {
    console.log(
      `PostgreSQL backend skipped: no server binaries in ${POSTGRES_BIN}; tests run on PGlite only.`,
    );
    project.provide('postgresAdminUrl', null);
    return;
  }
  const started = performance.now();
  const cluster = await startCluster();
  console.log(
    `PostgreSQL 15 test cluster started in ${Math.round(performance.now() - started)} ms (${cluster.folder})`,
  );
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return async () => {
    await cluster.stop();
  };
}
