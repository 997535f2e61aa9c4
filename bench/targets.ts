// The performance targets, checked against the largest PostgreSQL scale of a run.

import { ROLES_REQUEST } from './measure/pages.ts';
import type { RunResults, ScaleResult } from './results.ts';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
  /** Reason a target is missed and the fix that would meet it, or a caveat on a met one. */
  note: string;
}

const MAX_TUTOR_P95_MS = 50;
const MAX_RLS_RATIO = 1.5;
const MAX_DASHBOARD_REQUESTS = 2;
const MAX_INITIAL_JS_GZIP = 200 * 1024;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function largestPostgresScale(results: RunResults): ScaleResult | null {
  const scales = results.scales.filter((scale) => scale.backend === 'postgres');
  return scales.reduce<ScaleResult | null>(
    (largest, scale) => (largest === null || scale.schools > largest.schools ? scale : largest),
    null,
  );
}

function tutorP95(scale: ScaleResult, cores: number): TargetCheck {
  const page = scale.pages.find((candidate) => candidate.page === 'tutor dashboard');
  if (!page) {
    return { target: 'tutor dashboard p95', measured: 'not measured', met: null, note: '' };
  }
  const met = page.http.p95 <= MAX_TUTOR_P95_MS;
  const floorSum = scale.requests
    .filter((request) => request.page === 'tutor dashboard' && request.owner)
    .reduce((sum, request) => sum + request.owner!.p50, 0);
  const loadAverage = scale.loadAverage['HTTP latency']?.[0];
  return {
    target: `Tutor dashboard p95 ≤ ${MAX_TUTOR_P95_MS} ms (all its requests, over HTTP)`,
    measured: `${page.http.p95.toFixed(1)} ms (p50 ${page.http.p50.toFixed(1)} ms)`,
    met,
    note: met
      ? ''
      : `The SQL of the page's requests takes ${floorSum.toFixed(1)} ms at p50 as the owner, so the ` +
        `tail is most likely time spent waiting for CPU: the load average was ` +
        `${loadAverage?.toFixed(1) ?? 'not recorded'} on ${cores} cores while this was measured.`,
  };
}

function rlsRatio(scale: ScaleResult): TargetCheck {
  const dashboard = scale.requests.filter(
    (request) => request.page.endsWith('dashboard') && request.owner && request.rls,
  );
  if (dashboard.length === 0) {
    return { target: 'RLS overhead', measured: 'not measured', met: null, note: '' };
  }
  const ratios = dashboard.map((request) => ({
    name: `${request.role} ${request.request}`,
    ratio: request.rls!.p50 / request.owner!.p50,
  }));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const met = worst.ratio <= MAX_RLS_RATIO;
  return {
    target: `RLS overhead ≤ ${MAX_RLS_RATIO}× the floor (dashboard SQL as the user vs as the owner, p50)`,
    measured: `worst ${worst.ratio.toFixed(2)}× (${worst.name})`,
    met,
    note: met
      ? ''
      : 'Policies are evaluated on every row the functions read; an index that matches the ' +
        'policy column or a narrower policy path would shrink the gap.',
  };
}

function seqScans(scale: ScaleResult): TargetCheck {
  if (scale.plans.length === 0) {
    return { target: 'No sequential scan', measured: 'not measured', met: null, note: '' };
  }
  const misses = scale.plans.flatMap((plan) =>
    plan.largeSeqScans.map((scan) => `${plan.page} ${plan.request}: ${scan.relation}`),
  );
  return {
    target: 'No sequential scan of a per-school table on a per-school page',
    measured: misses.length === 0 ? 'none' : `${misses.length}: ${misses.join('; ')}`,
    met: misses.length === 0,
    note: misses.length === 0 ? '' : 'An index on the scanned table’s filter column would fix it.',
  };
}

function dashboardRequests(scale: ScaleResult): TargetCheck {
  const tutor = scale.browser.find((result) => result.role === 'tutor');
  if (!tutor) {
    return { target: 'Requests per dashboard', measured: 'not measured', met: null, note: '' };
  }
  const rest = tutor.reloadRequests
    .map((request) => request.path.split('?')[0]!)
    .filter((path) => path.startsWith('/rest/v1/'));
  const dashboard = rest.filter((path) => path !== ROLES_REQUEST.path);
  const met = dashboard.length <= MAX_DASHBOARD_REQUESTS;
  const names = dashboard.map((path) => path.replace('/rest/v1/', '')).join(', ');
  return {
    target: `At most ${MAX_DASHBOARD_REQUESTS} requests per dashboard`,
    measured:
      `${dashboard.length} (${names}), plus ${rest.length - dashboard.length} for the ` +
      "user's roles, when the page is opened with a stored session",
    met,
    note: met
      ? 'The roles lookup runs once per session (cached for 5 minutes) and is not the page’s own.'
      : `The page asks for ${names} separately. One RPC that returns them together (as JSON ` +
        'from one function, which can share the per-ECT figures) would make it one request ' +
        'and compute the figures once instead of twice.',
  };
}

function initialJs(results: RunResults): TargetCheck {
  const bundle = results.bundle;
  if (!bundle)
    return { target: 'Initial JavaScript', measured: 'not measured', met: null, note: '' };
  const met = bundle.initialGzipBytes <= MAX_INITIAL_JS_GZIP;
  return {
    target: `Initial JavaScript ≤ ${kib(MAX_INITIAL_JS_GZIP)} gzipped`,
    measured: `${kib(bundle.initialGzipBytes)} (${kib(bundle.initialBytes)} raw)`,
    met,
    note: met ? '' : 'Split the largest dependencies into route chunks.',
  };
}

function loadErrors(scale: ScaleResult): TargetCheck {
  if (!scale.load)
    return { target: 'Zero errors under load', measured: 'not measured', met: null, note: '' };
  const load = scale.load;
  return {
    target: `Zero errors under load (${load.virtualUsers} virtual users, ${Math.round(load.seconds)} s)`,
    measured: `${load.errors} errors in ${load.requests} requests`,
    met: load.errors === 0,
    note: load.errorSamples.join('; '),
  };
}

export function checkTargets(results: RunResults): TargetCheck[] {
  const scale = largestPostgresScale(results);
  if (!scale) return [initialJs(results)];
  return [
    tutorP95(scale, results.machine.cores),
    rlsRatio(scale),
    seqScans(scale),
    dashboardRequests(scale),
    initialJs(results),
    loadErrors(scale),
  ];
}
