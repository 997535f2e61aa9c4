// `npm run bench`: generates schools at each scale, measures the API, the SQL, the plans, the
// app in a browser, the bundle and a load run, and writes the report. See BENCHMARKS.md.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { londonToday } from '../supabase/seed/dates.ts';
import { BENCH_PASSWORD, checkLoadedData, loadSchools } from './generate/load.ts';
import type { SignIn } from './generate/school.ts';
import { measureBrowser } from './measure/browser.ts';
import { buildAndMeasure } from './measure/bundle.ts';
import { captureTransactions } from './measure/capture.ts';
import { pgliteDirectRunner, postgresDirectRunner } from './measure/direct.ts';
import { postgresExplainer } from './measure/explain.ts';
import {
  captureTargets,
  measureDirect,
  measureHttp,
  MEASURED_PAGES,
  usersFor,
} from './measure/latency.ts';
import { runLoad } from './measure/load.ts';
import { renderReport } from './report.ts';
import {
  PER_SCHOOL_TABLES,
  type MachineInfo,
  type PlanResult,
  type RunResults,
  type ScaleResult,
} from './results.ts';
import {
  createPgliteDatabase,
  createPostgresDatabase,
  postgresAvailable,
  startBenchCluster,
  supabaseDirWithout,
  type BenchDatabase,
} from './stack/database.ts';
import { startServerProcess } from './stack/server-process.ts';
import { serveFolder } from './stack/static-server.ts';
import type { Cluster } from '../local-supabase/testing/pg-cluster.ts';
import { checkTargets } from './targets.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS_DIR = path.join(REPO_ROOT, 'bench/results');

const HELP = `Usage: npm run bench -- [options]

Generates schools, then measures the API, the SQL with and without row-level security, the
query plans, the app in headless Chromium, the production bundle and a load run, prints the
report and writes it to BENCHMARKS.md.

Options:
  --scales LIST            PostgreSQL scales in schools, comma-separated (default 10,100,1000)
  --pglite-scale N         schools for the PGlite run; 0 skips PGlite (default 10)
  --quick                  scales 1,10, PGlite 1, 30 runs, 10 s load run with 10 users
  --runs N                 timed runs per request (default 200)
  --load-seconds N         length of the load run in seconds (default 60)
  --virtual-users N        concurrent virtual users in the load run (default 50)
  --load-scales LIST       PostgreSQL scales that get a load run (default: the largest)
  --reads-per-sign-in N    page reads by a virtual user after each sign-in (default 5)
  --no-browser             skip the Chromium step
  --no-bundle              skip the production build
  --exclude-migration V    build the schema without migration version V (repeatable)
  --label NAME             results go to bench/results/NAME.json (default: latest, or quick)
  --compare FILE           results file of an earlier run, for before-and-after figures
  --report FILE            where to write the report (default BENCHMARKS.md, or
                           bench/results/quick.md with --quick); "none" writes no report
  --render FILE            measure nothing: write the report of a saved results file
  --help                   show this help`;

interface Options {
  scales: number[];
  pgliteScale: number;
  runs: number;
  loadSeconds: number;
  virtualUsers: number;
  loadScales: number[] | null;
  readsPerSignIn: number;
  browser: boolean;
  bundle: boolean;
  excludedMigrations: string[];
  label: string;
  compare: string | null;
  report: string | null;
  /** A saved results file to write the report of, instead of measuring. */
  render: string | null;
  quick: boolean;
}

function positiveIntegers(text: string, name: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 0)) {
    throw new Error(`${name} must be whole numbers separated by commas, got "${text}"`);
  }
  return values;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string' },
      'pglite-scale': { type: 'string' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'load-seconds': { type: 'string' },
      'virtual-users': { type: 'string' },
      'load-scales': { type: 'string' },
      'reads-per-sign-in': { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      'no-bundle': { type: 'boolean', default: false },
      'exclude-migration': { type: 'string', multiple: true, default: [] },
      label: { type: 'string' },
      compare: { type: 'string' },
      report: { type: 'string' },
      render: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const quick = values.quick;
  const report = values.report ?? (quick ? 'bench/results/quick.md' : 'BENCHMARKS.md');
  return {
    scales: positiveIntegers(values.scales ?? (quick ? '1,10' : '10,100,1000'), '--scales'),
    pgliteScale: positiveIntegers(
      values['pglite-scale'] ?? (quick ? '1' : '10'),
      '--pglite-scale',
    )[0]!,
    runs: positiveIntegers(values.runs ?? (quick ? '30' : '200'), '--runs')[0]!,
    loadSeconds: positiveIntegers(
      values['load-seconds'] ?? (quick ? '10' : '60'),
      '--load-seconds',
    )[0]!,
    virtualUsers: positiveIntegers(
      values['virtual-users'] ?? (quick ? '10' : '50'),
      '--virtual-users',
    )[0]!,
    loadScales: values['load-scales']
      ? positiveIntegers(values['load-scales'], '--load-scales')
      : null,
    readsPerSignIn: positiveIntegers(values['reads-per-sign-in'] ?? '5', '--reads-per-sign-in')[0]!,
    browser: !values['no-browser'],
    bundle: !values['no-bundle'],
    excludedMigrations: values['exclude-migration'],
    label: values.label ?? (quick ? 'quick' : 'latest'),
    compare: values.compare ?? null,
    report: report === 'none' ? null : report,
    render: values.render ?? null,
    quick,
  };
}

function log(message: string): void {
  const [one] = os.loadavg();
  console.log(
    `[bench ${new Date().toISOString().slice(11, 19)} load ${one!.toFixed(2)}] ${message}`,
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Users of up to ten schools spread across the scale, every role of each. */
function sampleUsers(signIns: readonly SignIn[], schools: number): SignIn[] {
  const count = Math.min(10, schools);
  const step = Math.max(1, Math.floor(schools / count));
  const schoolIds = [...new Set(signIns.map((user) => user.schoolId))];
  const chosen = new Set(Array.from({ length: count }, (_, i) => schoolIds[i * step]!));
  return signIns.filter((user) => chosen.has(user.schoolId));
}

async function machineInfo(cluster: Cluster | null): Promise<MachineInfo> {
  const pgliteVersion = (
    JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  let postgres: string | null = null;
  const postgresSettings: Record<string, string> = {};
  if (cluster) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: cluster.adminUrl });
    await client.connect();
    try {
      postgres = (
        await client.query<{ v: string }>("select current_setting('server_version') as v")
      ).rows[0]!.v;
      for (const name of ['shared_buffers', 'fsync', 'synchronous_commit', 'full_page_writes']) {
        postgresSettings[name] = (
          await client.query<Record<string, string>>(`show ${name}`)
        ).rows[0]![name]!;
      }
    } finally {
      await client.end();
    }
  }
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    pglite: pgliteVersion,
    postgresSettings,
  };
}

interface ScaleContext {
  options: Options;
  cluster: Cluster | null;
  supabaseDir: string | undefined;
  apiPort: number;
  appUrl: string | null;
  today: string;
  largestScale: number;
}

async function runScale(
  backend: 'postgres' | 'pglite',
  schools: number,
  context: ScaleContext,
): Promise<ScaleResult> {
  const { options, today } = context;
  const loadAverage: Record<string, number[]> = {};
  const phase = (name: string) => {
    loadAverage[name] = os.loadavg();
    log(`${backend} ${schools} schools: ${name}`);
  };

  phase('generate and load');
  const bench: BenchDatabase =
    backend === 'postgres'
      ? await createPostgresDatabase(context.cluster!, `bench_${schools}`, context.supabaseDir)
      : await createPgliteDatabase(context.supabaseDir);
  const result: ScaleResult = {
    backend,
    schools,
    loadAverage,
    rows: {},
    loadSeconds: 0,
    databaseBytes: null,
    requests: [],
    pages: [],
    plans: [],
    browser: [],
    load: null,
  };
  let server: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  try {
    let reported = 0;
    const loaded = await loadSchools(bench.db, {
      schools,
      today,
      onProgress: (done) => {
        if (done - reported >= Math.max(50, schools / 10)) {
          reported = done;
          log(`  loaded ${done} of ${schools} schools`);
        }
      },
    });
    await checkLoadedData(bench.db, today);
    result.rows = loaded.rows;
    result.loadSeconds = loaded.seconds;
    if (backend === 'postgres') {
      const size = await bench.db.query<{ bytes: string }>(
        'select pg_database_size(current_database())::text as bytes',
      );
      result.databaseBytes = Number(size.rows[0]!.bytes);
    }
    const sample = sampleUsers(loaded.signIns, schools);

    phase('capture and replay SQL');
    const captured = await captureTransactions(
      bench.db,
      captureTargets(sample, BENCH_PASSWORD, today),
    );
    const runner =
      backend === 'postgres'
        ? await postgresDirectRunner(bench.adminUrl!)
        : pgliteDirectRunner(bench.db);
    const direct = await measureDirect(runner, sample, captured, today, options.runs).finally(() =>
      runner.close(),
    );

    if (backend === 'postgres') {
      phase('explain');
      const explainer = await postgresExplainer(bench.adminUrl!);
      try {
        for (const { definition } of MEASURED_PAGES) {
          const users = usersFor(sample, definition.role);
          if (users.length === 0) continue;
          for (const request of definition.requests(users[0]!, today)) {
            const transaction = captured.get(`${definition.page}|${request.name}|0`)!;
            const check = await explainer.explain(transaction);
            const plan: PlanResult = {
              page: definition.page,
              request: request.name,
              check,
              largeSeqScans: check.seqScans.filter((scan) => PER_SCHOOL_TABLES.has(scan.relation)),
            };
            result.plans.push(plan);
          }
        }
      } finally {
        await explainer.close();
      }
    }

    phase('HTTP latency');
    if (backend === 'pglite') await bench.db.close();
    server = await startServerProcess(
      backend === 'postgres'
        ? { databaseUrl: bench.adminUrl!, port: context.apiPort }
        : { pgliteDir: bench.dataDir!, port: context.apiPort },
    );
    const http = await measureHttp(
      server.url,
      server.anonKey,
      BENCH_PASSWORD,
      sample,
      today,
      options.runs,
    );
    result.pages = http.pages;
    result.requests = http.requests.map((request) => {
      const replayed = direct.find(
        (candidate) => candidate.page === request.page && candidate.request === request.request,
      );
      return { ...request, rls: replayed?.rls, owner: replayed?.owner };
    });

    if (backend === 'postgres' && context.appUrl) {
      phase('browser');
      const users = (['tutor', 'head', 'mentor', 'ect'] as const).map((role) =>
        sample.find((user) => user.role === role)!,
      );
      result.browser = await measureBrowser({
        appUrl: context.appUrl,
        apiUrl: server.url,
        users,
        password: BENCH_PASSWORD,
        runs: options.quick ? 1 : 5,
      });
    }

    const loadScales = options.loadScales ?? [context.largestScale];
    if (backend === 'postgres' && options.loadSeconds > 0 && loadScales.includes(schools)) {
      phase('load run');
      result.load = await runLoad({
        url: server.url,
        anonKey: server.anonKey,
        users: loaded.signIns,
        password: BENCH_PASSWORD,
        virtualUsers: options.virtualUsers,
        seconds: options.loadSeconds,
        readsPerSignIn: options.readsPerSignIn,
        asOf: today,
      });
    }
    loadAverage.end = os.loadavg();
  } finally {
    await server?.stop();
    await bench.dispose();
  }
  return result;
}

function readResults(file: string): RunResults {
  return JSON.parse(readFileSync(path.resolve(file), 'utf8')) as RunResults;
}

function writeReport(results: RunResults, options: Options): void {
  const before = options.compare ? readResults(options.compare) : null;
  const report = renderReport(results, before);
  console.log(`\n${report}`);
  if (options.report) {
    writeFileSync(path.resolve(REPO_ROOT, options.report), report);
    log(`report written to ${options.report}`);
  }
  const missed = checkTargets(results).filter((check) => check.met === false);
  log(missed.length === 0 ? 'every measured target met' : `${missed.length} target(s) missed`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(HELP);
    return;
  }
  if (options.render) {
    writeReport(readResults(options.render), options);
    return;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const today = londonToday();
  const postgres = options.scales.length > 0 && postgresAvailable();
  if (options.scales.length > 0 && !postgres) {
    log('No PostgreSQL server binaries in /usr/lib/postgresql/15/bin: only PGlite is measured.');
  }
  const supabaseDir = options.excludedMigrations.length
    ? supabaseDirWithout(options.excludedMigrations)
    : undefined;
  const cluster = postgres ? await startBenchCluster() : null;
  let staticServer: Awaited<ReturnType<typeof serveFolder>> | null = null;
  const buildDir = path.join(os.tmpdir(), `bench-app-${process.pid}`);
  try {
    const machine = await machineInfo(cluster);
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    let bundle = null;
    if (options.bundle || options.browser) {
      log('vite build');
      bundle = await buildAndMeasure(buildDir, apiUrl);
      if (options.browser) staticServer = await serveFolder(buildDir);
    }
    const context: ScaleContext = {
      options,
      cluster,
      supabaseDir,
      apiPort,
      appUrl: staticServer?.url ?? null,
      today,
      largestScale: Math.max(...options.scales),
    };
    const scales: ScaleResult[] = [];
    if (options.pgliteScale > 0)
      scales.push(await runScale('pglite', options.pgliteScale, context));
    if (postgres) {
      for (const schools of options.scales)
        scales.push(await runScale('postgres', schools, context));
    }

    const results: RunResults = {
      label: options.label,
      startedAt,
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      today,
      excludedMigrations: options.excludedMigrations,
      machine,
      runs: options.runs,
      scales,
      bundle: options.bundle ? bundle : null,
      seconds: (performance.now() - started) / 1000,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    // The full plans are large; the report uses only the figures drawn from them.
    const saved = JSON.stringify(
      results,
      (key, value: unknown) => (key === 'plan' ? undefined : value),
      2,
    );
    writeFileSync(path.join(RESULTS_DIR, `${options.label}.json`), `${saved}\n`);
    writeReport(results, options);
  } finally {
    await staticServer?.close();
    await cluster?.stop();
    rmSync(buildDir, { recursive: true, force: true });
    if (supabaseDir) rmSync(supabaseDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
