// The shape of one benchmark run's results, written to bench/results/<label>.json so that a
// later run can show before-and-after figures.

import type { BrowserResult } from './measure/browser.ts';
import type { BundleResult } from './measure/bundle.ts';
import type { PlanCheck } from './measure/explain.ts';
import type { PageLatency, RequestLatency } from './measure/latency.ts';
import type { LoadRunResult } from './measure/load.ts';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string | null;
  pglite: string;
  /** PostgreSQL settings of the throwaway cluster that differ from a production server. */
  postgresSettings: Record<string, string>;
}

export interface PlanResult {
  page: string;
  request: string;
  check: PlanCheck;
  /** Sequential scans of per-school tables. */
  largeSeqScans: PlanCheck['seqScans'];
}

export interface ScaleResult {
  backend: 'postgres' | 'pglite';
  schools: number;
  /** Load averages (1, 5, 15 minutes) when each phase started. */
  loadAverage: Record<string, number[]>;
  rows: Record<string, number>;
  loadSeconds: number;
  databaseBytes: number | null;
  requests: RequestLatency[];
  pages: PageLatency[];
  plans: PlanResult[];
  browser: BrowserResult[];
  load: LoadRunResult | null;
}

export interface RunResults {
  label: string;
  startedAt: string;
  command: string;
  today: string;
  excludedMigrations: string[];
  machine: MachineInfo;
  runs: number;
  scales: ScaleResult[];
  bundle: BundleResult | null;
  seconds: number;
}

/** Tables that hold per-school rows; a sequential scan of one on a per-school page is a miss. */
export const PER_SCHOOL_TABLES = new Set([
  'mentor_sessions',
  'pairings',
  'staff',
  'ect_inductions',
  'mentors',
  'school_roles',
  'timetable_slots',
  'concerns',
  'term_dates',
  'audit_log',
  'users',
  'identities',
]);
