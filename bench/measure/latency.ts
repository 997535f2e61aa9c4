// Request latency per page and role: over HTTP through the stand-in, and the same SQL replayed
// directly with row-level security (as the user) and without it (as the owner, the floor).

import type { IsoDate } from '../../supabase/seed/dates.ts';
import type { SignIn, SignInRole } from '../generate/school.ts';
import type { CapturedTransaction, CaptureTarget } from './capture.ts';
import type { DirectRunner } from './direct.ts';
import { send, signIn } from './http.ts';
import {
  PAGES,
  ROLES_REQUEST,
  sendPageRequests,
  type ApiRequest,
  type PageDefinition,
} from './pages.ts';
import { summarise, type Summary } from './stats.ts';

export interface RequestLatency {
  page: string;
  role: SignInRole;
  request: string;
  http?: Summary;
  rls?: Summary;
  owner?: Summary;
}

export interface PageLatency {
  page: string;
  role: SignInRole;
  /** The page's requests sent as the app sends them (see sendPageRequests). */
  http: Summary;
}

/** Every page, plus the roles lookup that the app makes once per session. */
export interface MeasuredPage {
  definition: PageDefinition;
  /** Roles lookup: its own entry so the dashboards' figures stay the page's own. */
  rolesOnly: boolean;
}

export const MEASURED_PAGES: MeasuredPage[] = [
  ...PAGES.map((definition) => ({ definition, rolesOnly: false })),
  {
    definition: {
      page: 'roles lookup (each session)',
      role: 'tutor',
      requests: () => [ROLES_REQUEST],
    },
    rolesOnly: true,
  },
];

function key(page: string, request: string, userIndex: number): string {
  return `${page}|${request}|${userIndex}`;
}

/** Returns the sample's users of the page's role, whom the page rotates through. */
export function usersFor(sample: readonly SignIn[], role: SignInRole): SignIn[] {
  return sample.filter((user) => user.role === role);
}

export function captureTargets(
  sample: readonly SignIn[],
  password: string,
  asOf: IsoDate,
): CaptureTarget[] {
  return MEASURED_PAGES.flatMap(({ definition }) =>
    usersFor(sample, definition.role).flatMap((user, index) =>
      definition.requests(user, asOf).map((request) => ({
        key: key(definition.page, request.name, index),
        email: user.email,
        password,
        request,
      })),
    ),
  );
}

/** Replays each captured request `runs` times per mode, alternating the modes. */
export async function measureDirect(
  runner: DirectRunner,
  sample: readonly SignIn[],
  captured: Map<string, CapturedTransaction>,
  asOf: IsoDate,
  runs: number,
): Promise<RequestLatency[]> {
  // PGlite's WebAssembly code runs slowly until V8 has optimised it, so every transaction
  // runs a few times in both modes before any is timed.
  for (let round = 0; round < 3; round += 1) {
    for (const transaction of captured.values()) {
      await runner.run(transaction, 'owner');
      await runner.run(transaction, 'rls');
    }
  }
  const results: RequestLatency[] = [];
  for (const { definition } of MEASURED_PAGES) {
    const users = usersFor(sample, definition.role);
    if (users.length === 0) continue;
    for (const request of definition.requests(users[0]!, asOf)) {
      const owner: number[] = [];
      const rls: number[] = [];
      for (let run = -5; run < runs; run += 1) {
        const index = (run + users.length * 10) % users.length;
        const transaction = captured.get(key(definition.page, request.name, index))!;
        const ownerMs = await runner.run(transaction, 'owner');
        const rlsMs = await runner.run(transaction, 'rls');
        // The first few runs warm caches and connections and are not counted.
        if (run >= 0) {
          owner.push(ownerMs);
          rls.push(rlsMs);
        }
      }
      results.push({
        page: definition.page,
        role: definition.role,
        request: request.name,
        owner: summarise(owner),
        rls: summarise(rls),
      });
    }
  }
  return results;
}

export interface HttpLatencyResult {
  requests: RequestLatency[];
  pages: PageLatency[];
}

/**
 * Times each request alone over HTTP, then each page's requests as the app sends them, `runs`
 * times each, rotating through the sample's users of the page's role.
 */
export async function measureHttp(
  url: string,
  anonKey: string,
  password: string,
  sample: readonly SignIn[],
  asOf: IsoDate,
  runs: number,
): Promise<HttpLatencyResult> {
  const tokens = new Map<string, string>();
  for (const user of sample) {
    tokens.set(user.email, (await signIn(url, anonKey, user.email, password)).token);
  }
  const checked = async (user: SignIn, request: ApiRequest) => {
    const result = await send(url, anonKey, tokens.get(user.email)!, request);
    if (result.status < 200 || result.status >= 300) {
      throw new Error(`${request.name} as ${user.email} returned HTTP ${result.status}`);
    }
    return result.ms;
  };

  // A new server process (and PGlite's WebAssembly code in it) is slow at first, so every
  // request is sent a few times before any is timed.
  for (let round = 0; round < 3; round += 1) {
    for (const { definition } of MEASURED_PAGES) {
      for (const user of usersFor(sample, definition.role)) {
        for (const request of definition.requests(user, asOf)) await checked(user, request);
      }
    }
  }
  const requests: RequestLatency[] = [];
  const pages: PageLatency[] = [];
  for (const { definition, rolesOnly } of MEASURED_PAGES) {
    const users = usersFor(sample, definition.role);
    if (users.length === 0) continue;
    for (const request of definition.requests(users[0]!, asOf)) {
      const samples: number[] = [];
      for (let run = -5; run < runs; run += 1) {
        const user = users[(run + users.length * 10) % users.length]!;
        const ms = await checked(
          user,
          definition.requests(user, asOf).find((r) => r.name === request.name)!,
        );
        if (run >= 0) samples.push(ms);
      }
      requests.push({
        page: definition.page,
        role: definition.role,
        request: request.name,
        http: summarise(samples),
      });
    }
    if (rolesOnly) continue;
    const pageSamples: number[] = [];
    for (let run = -5; run < runs; run += 1) {
      const user = users[(run + users.length * 10) % users.length]!;
      const started = performance.now();
      await sendPageRequests(definition.requests(user, asOf), (request) => checked(user, request));
      if (run >= 0) pageSamples.push(performance.now() - started);
    }
    pages.push({ page: definition.page, role: definition.role, http: summarise(pageSamples) });
  }
  return { requests, pages };
}
