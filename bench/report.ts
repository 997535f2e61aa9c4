// Writes a run's results as Markdown: machine, targets, before and after, and the figures of
// each scale.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { SignIn } from './generate/school.ts';
import type { BrowserResult } from './measure/browser.ts';
import type { RequestLatency } from './measure/latency.ts';
import { PAGES, ROLES_REQUEST } from './measure/pages.ts';
import type { RunResults, ScaleResult } from './results.ts';
import { checkTargets, largestPostgresScale } from './targets.ts';

const NOTES = path.resolve(import.meta.dirname, 'notes.md');

function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1);
}

function ratio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined || denominator === 0) return '–';
  return `${(numerator / denominator).toFixed(2)}×`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function metText(met: boolean | null): string {
  if (met === null) return 'not measured';
  return met ? 'yes' : '**no**';
}

function loadAverage(values: number[] | undefined): string {
  return values ? values.map((value) => value.toFixed(2)).join(' / ') : '–';
}

/** A stand-in user for listing the benchmark's request paths; only the paths are compared. */
const ANY_USER: SignIn = {
  role: 'tutor',
  email: '',
  userId: '',
  staffId: '',
  schoolId: '',
  inductionId: null,
};

/** Compares the REST paths the app sent on reload with those the benchmark times for the role. */
function pagesMatch(result: BrowserResult): string {
  const pathOf = (path: string) => path.split('?')[0]!;
  const appPaths = result.reloadRequests
    .map((request) => pathOf(request.path))
    .filter((path) => path.startsWith('/rest/v1/') && path !== ROLES_REQUEST.path)
    .sort();
  const page = PAGES.find((candidate) => candidate.role === result.role);
  const benchPaths = (page?.requests({ ...ANY_USER, role: result.role }, '') ?? [])
    .map((request) => pathOf(request.path))
    .sort();
  if (JSON.stringify(appPaths) === JSON.stringify(benchPaths)) return 'yes';
  return `**no**: the benchmark times ${benchPaths.join(', ') || 'nothing'}`;
}

function mergeRequests(scale: ScaleResult): RequestLatency[] {
  return scale.requests;
}

function scaleSection(scale: ScaleResult, runs: number): string {
  const parts: string[] = [];
  const title = `${scale.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${scale.schools} schools`;
  parts.push(`### ${title}`);

  const rows = scale.rows;
  const count = (table: string) => (rows[table] ?? 0).toLocaleString('en-GB');
  parts.push(
    `Data: ${count('public.schools')} schools, ${count('public.staff')} staff, ` +
      `${count('public.ect_inductions')} ECT inductions, ${count('public.mentors')} mentors, ` +
      `${count('public.pairings')} pairings, ${count('public.mentor_sessions')} sessions, ` +
      `${count('public.concerns')} concerns, ${count('auth.users')} sign-ins; generated and ` +
      `loaded in ${scale.loadSeconds.toFixed(1)} s` +
      (scale.databaseBytes ? `; database ${(scale.databaseBytes / 2 ** 20).toFixed(0)} MiB.` : '.'),
  );
  parts.push(
    'Load average (1 / 5 / 15 min) when each phase started: ' +
      Object.entries(scale.loadAverage)
        .map(([phase, values]) => `${phase} ${loadAverage(values)}`)
        .join('; ') +
      '.',
  );

  const requests = mergeRequests(scale);
  if (requests.length > 0) {
    parts.push(
      `Latency in ms over ${runs} runs per request, rotating through the sampled schools' ` +
        'users. HTTP: through the stand-in. As user: the same statements replayed directly in ' +
        'the same transaction, with the user’s role and claims (RLS applies). As owner: the ' +
        'same, as the owner role, which bypasses RLS (the floor).',
    );
    parts.push(
      table(
        [
          'Page',
          'Request',
          'HTTP p50',
          'HTTP p95',
          'as user p50',
          'as user p95',
          'as owner p50',
          'HTTP ÷ owner',
          'user ÷ owner',
        ],
        requests.map((request) => [
          request.page,
          `\`${request.request}\``,
          ms(request.http?.p50),
          ms(request.http?.p95),
          ms(request.rls?.p50),
          ms(request.rls?.p95),
          ms(request.owner?.p50),
          ratio(request.http?.p50, request.owner?.p50),
          ratio(request.rls?.p50, request.owner?.p50),
        ]),
      ),
    );
  }
  if (scale.pages.length > 0) {
    parts.push(
      'Whole page, its requests sent as the app sends them: together, except the ECT’s weekly ' +
        'sessions, which wait for the induction (ms):',
    );
    parts.push(
      table(
        ['Page', 'p50', 'p95', 'p99', 'max'],
        scale.pages.map((page) => [
          page.page,
          ms(page.http.p50),
          ms(page.http.p95),
          ms(page.http.p99),
          ms(page.http.max),
        ]),
      ),
    );
  }
  if (scale.plans.length > 0) {
    parts.push(
      '`EXPLAIN (ANALYZE, BUFFERS)` as the signed-in user, with auto_explain logging the ' +
        'statements inside the functions and policy helpers:',
    );
    parts.push(
      table(
        [
          'Page',
          'Request',
          'execution ms',
          'planning ms',
          'buffers hit / read',
          'statements',
          'sequential scans (rows read)',
        ],
        scale.plans.map((plan) => [
          plan.page,
          `\`${plan.request}\``,
          ms(plan.check.executionMs),
          ms(plan.check.planningMs),
          `${plan.check.sharedHitBlocks} / ${plan.check.sharedReadBlocks}`,
          String(plan.check.nestedPlans),
          plan.check.seqScans.length === 0
            ? 'none'
            : plan.check.seqScans
                .map((scan) => `${scan.relation} (${scan.scans}×, ${scan.rows} rows)`)
                .join(', '),
        ]),
      ),
    );
  }
  if (scale.browser.length > 0) {
    parts.push(
      'Headless Chromium on the production build: API requests from pressing “Sign in” to the ' +
        'rendered page, and when the page is reloaded with the session stored (CORS preflights ' +
        'are not counted); times in ms.',
    );
    parts.push(
      table(
        [
          'Role',
          'requests after sign-in',
          'requests on reload',
          'sign-in → page p50',
          'reload → page p50',
          'same requests as bench/measure/pages.ts',
        ],
        scale.browser.map((result) => [
          result.role,
          `${result.signInRequests.length}: ${result.signInRequests.map((r) => r.path.split('?')[0]).join(', ')}`,
          `${result.reloadRequests.length}: ${result.reloadRequests.map((r) => r.path.split('?')[0]).join(', ')}`,
          ms(result.signInToRendered.p50),
          ms(result.reloadToRendered.p50),
          pagesMatch(result),
        ]),
      ),
    );
  }
  if (scale.load) {
    const load = scale.load;
    parts.push(
      `Load run: ${load.virtualUsers} virtual users for ${load.seconds.toFixed(0)} s, each ` +
        'signing in as a random user of its role, reading its roles and then its page ' +
        `${load.readsPerSignIn ?? 5} times, over and over: ` +
        `${load.requests.toLocaleString('en-GB')} requests ` +
        `(${load.requestsPerSecond.toFixed(0)} per second), ${load.pageViews} page views, ` +
        `${load.signIns} sign-ins, ${load.errors} errors.`,
    );
    parts.push(
      table(
        ['Request', 'count', 'p50', 'p95', 'p99', 'max'],
        [
          ...Object.entries(load.byRequest).map(([name, summary]) => [
            `\`${name}\``,
            String(summary.n),
            ms(summary.p50),
            ms(summary.p95),
            ms(summary.p99),
            ms(summary.max),
          ]),
          [
            'all',
            String(load.all.n),
            ms(load.all.p50),
            ms(load.all.p95),
            ms(load.all.p99),
            ms(load.all.max),
          ],
        ],
      ),
    );
    if (load.errorSamples.length > 0) {
      parts.push(`Errors seen: ${load.errorSamples.join('; ')}.`);
    }
  }
  return parts.join('\n\n');
}

function comparisonSection(before: RunResults, after: RunResults): string {
  const rows: string[][] = [];
  for (const scale of after.scales) {
    const earlier = before.scales.find(
      (candidate) => candidate.backend === scale.backend && candidate.schools === scale.schools,
    );
    if (!earlier) continue;
    const label = `${scale.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'} ${scale.schools}`;
    const requestNames = (result: ScaleResult, page: string) =>
      JSON.stringify(
        result.requests
          .filter((request) => request.page === page)
          .map((request) => request.request)
          .sort(),
      );
    for (const page of scale.pages) {
      const old = earlier.pages.find((candidate) => candidate.page === page.page);
      // A page whose requests changed between the runs is not comparable.
      if (!old || requestNames(earlier, page.page) !== requestNames(scale, page.page)) continue;
      rows.push([
        label,
        `${page.page}: HTTP p50 / p95`,
        `${ms(old.http.p50)} / ${ms(old.http.p95)}`,
        `${ms(page.http.p50)} / ${ms(page.http.p95)}`,
      ]);
    }
    for (const request of scale.requests) {
      const old = earlier.requests.find(
        (candidate) => candidate.page === request.page && candidate.request === request.request,
      );
      if (!old?.rls || !request.rls || !old.owner || !request.owner) continue;
      rows.push([
        label,
        `${request.page} \`${request.request}\`: as user / as owner p50`,
        `${ms(old.rls.p50)} / ${ms(old.owner.p50)}`,
        `${ms(request.rls.p50)} / ${ms(request.owner.p50)}`,
      ]);
    }
    if (scale.load && earlier.load) {
      rows.push([
        label,
        'load run: requests per second, p95, errors',
        `${earlier.load.requestsPerSecond.toFixed(0)}, ${ms(earlier.load.all.p95)}, ${earlier.load.errors}`,
        `${scale.load.requestsPerSecond.toFixed(0)}, ${ms(scale.load.all.p95)}, ${scale.load.errors}`,
      ]);
    }
  }
  if (before.bundle && after.bundle) {
    rows.push([
      'bundle',
      'initial JavaScript, KiB gzipped',
      kib(before.bundle.initialGzipBytes),
      kib(after.bundle.initialGzipBytes),
    ]);
  }
  const intro =
    `Before: run “${before.label}” of ${before.startedAt.slice(0, 10)}` +
    (before.excludedMigrations.length
      ? ` (schema without migration ${before.excludedMigrations.join(', ')})`
      : '') +
    `; after: this run. Times in ms.`;
  return `${intro}\n\n${table(['Scale', 'Figure', 'before', 'after'], rows)}`;
}

export function renderReport(results: RunResults, before: RunResults | null): string {
  const machine = results.machine;
  const parts: string[] = [];
  parts.push('# Benchmarks');
  parts.push(
    `Written by \`npm run bench\` (bench/run.ts) on ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC. ` +
      `Command: \`${results.command}\`. Data as of ${results.today}; ${results.runs} timed runs per ` +
      `request; the whole run took ${(results.seconds / 60).toFixed(1)} minutes.` +
      (results.excludedMigrations.length
        ? ` Schema without migration ${results.excludedMigrations.join(', ')}.`
        : ''),
  );
  parts.push('## Machine');
  parts.push(
    table(
      ['CPU', 'cores', 'RAM', 'OS', 'Node', 'PostgreSQL', 'PGlite'],
      [
        [
          machine.cpuModel,
          String(machine.cores),
          `${machine.memoryGiB.toFixed(0)} GiB`,
          machine.os,
          machine.node,
          machine.postgres ?? '–',
          machine.pglite,
        ],
      ],
    ),
  );
  parts.push(
    'The PostgreSQL cluster is the throwaway one the API tests use, with durability off: ' +
      Object.entries(machine.postgresSettings)
        .map(([name, value]) => `${name} = ${value}`)
        .join(', ') +
      '. The stand-in runs in its own Node process; the load generator, the browser and the ' +
      'database share the same cores, and other work was running on the machine (see the load ' +
      'averages), so treat absolute times as upper bounds.',
  );

  const largest = largestPostgresScale(results);
  parts.push(`## Targets${largest ? ` (PostgreSQL, ${largest.schools} schools)` : ''}`);
  parts.push(
    table(
      ['Target', 'Measured', 'Met', 'Note'],
      checkTargets(results).map((check) => [
        check.target,
        check.measured,
        metText(check.met),
        check.note,
      ]),
    ),
  );
  if (existsSync(NOTES)) parts.push(readFileSync(NOTES, 'utf8').trim());
  if (before) {
    parts.push('## Before and after');
    parts.push(comparisonSection(before, results));
  }
  parts.push('## Results by scale');
  for (const scale of results.scales) parts.push(scaleSection(scale, results.runs));

  if (results.bundle) {
    const bundle = results.bundle;
    parts.push('## Production bundle');
    parts.push(
      `\`vite build\` took ${bundle.buildSeconds.toFixed(1)} s. Initial JavaScript (the entry ` +
        `and its static imports): ${kib(bundle.initialGzipBytes)} KiB gzipped ` +
        `(${kib(bundle.initialBytes)} KiB raw); CSS ${kib(bundle.cssGzipBytes)} KiB gzipped. ` +
        'Sizes are gzip level 9.',
    );
    parts.push(
      table(
        ['Chunk', 'loaded', 'raw KiB', 'gzip KiB', 'shared chunks it adds, gzip KiB'],
        [
          ...bundle.initial.map((chunk) => [
            `\`${chunk.source}\``,
            'at start',
            kib(chunk.bytes),
            kib(chunk.gzipBytes),
            '–',
          ]),
          ...bundle.lazy.map(({ chunk, extraGzipBytes }) => [
            `\`${chunk.source}\``,
            'on demand',
            kib(chunk.bytes),
            kib(chunk.gzipBytes),
            kib(extraGzipBytes),
          ]),
        ],
      ),
    );
  }
  parts.push('## How to reproduce');
  parts.push(
    [
      '```sh',
      'npm run bench                      # PostgreSQL at 10, 100 and 1,000 schools, PGlite at 10',
      'npm run bench -- --quick           # 1 and 10 schools, fewer runs, short load run',
      'npm run bench -- --scales 10,100   # choose the PostgreSQL scales',
      'npm run bench -- --exclude-migration 20261204230000 --label before --report none',
      'npm run bench -- --compare bench/results/before.json',
      '```',
      '',
      'PostgreSQL 15 server binaries must be in /usr/lib/postgresql/15/bin and Chromium at ' +
        '/usr/bin/chromium (or CHROMIUM_PATH). Each run writes its figures to ' +
        'bench/results/<label>.json. `--help` lists every option.',
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}
