// A load run: virtual users that each sign in as a generated user, look up their roles and
// read their page a few times, then sign in as another user, until the time is up.

import type { IsoDate } from '../../supabase/seed/dates.ts';
import { Random } from '../generate/random.ts';
import type { SignIn, SignInRole } from '../generate/school.ts';
import { send, signIn } from './http.ts';
import { PAGES, ROLES_REQUEST, sendPageRequests } from './pages.ts';
import { summarise, type Summary } from './stats.ts';

export interface LoadRunOptions {
  url: string;
  anonKey: string;
  users: readonly SignIn[];
  password: string;
  virtualUsers: number;
  seconds: number;
  /** Page reads after each sign-in. */
  readsPerSignIn: number;
  asOf: IsoDate;
}

export interface LoadRunResult {
  virtualUsers: number;
  /** Missing from results saved before this field existed, which used 5. */
  readsPerSignIn?: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  pageViews: number;
  signIns: number;
  errors: number;
  /** Up to ten distinct error messages. */
  errorSamples: string[];
  /** Latency of every request, sign-ins included. */
  all: Summary;
  byRequest: Record<string, Summary>;
}

const ROLE_CYCLE: SignInRole[] = ['tutor', 'tutor', 'head', 'mentor', 'mentor', 'ect'];

export async function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const byRole = new Map<SignInRole, SignIn[]>();
  for (const user of options.users) {
    byRole.set(user.role, [...(byRole.get(user.role) ?? []), user]);
  }
  const latencies = new Map<string, number[]>();
  const record = (name: string, ms: number) => {
    const list = latencies.get(name) ?? [];
    list.push(ms);
    latencies.set(name, list);
  };
  const errorSamples = new Set<string>();
  let errors = 0;
  let pageViews = 0;
  let signIns = 0;
  const failed = (message: string) => {
    errors += 1;
    if (errorSamples.size < 10) errorSamples.add(message);
  };

  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  async function virtualUser(index: number): Promise<void> {
    const random = new Random(0x10ad + index);
    const role = ROLE_CYCLE[index % ROLE_CYCLE.length]!;
    const page = PAGES.find((candidate) => candidate.role === role)!;
    const candidates = byRole.get(role) ?? [];
    while (performance.now() < deadline && candidates.length > 0) {
      const user = random.pick(candidates);
      let token: string;
      try {
        const result = await signIn(options.url, options.anonKey, user.email, options.password);
        token = result.token;
        record('auth/token (sign-in)', result.ms);
        signIns += 1;
      } catch (error) {
        failed((error as Error).message);
        continue;
      }
      const roles = await send(options.url, options.anonKey, token, ROLES_REQUEST).catch(
        (error: Error) => ({ ms: 0, status: 0, message: error.message }),
      );
      record(ROLES_REQUEST.name, roles.ms);
      if (roles.status < 200 || roles.status >= 300)
        failed(`${ROLES_REQUEST.name}: HTTP ${roles.status}`);
      for (let read = 0; read < options.readsPerSignIn && performance.now() < deadline; read += 1) {
        const requests = page.requests(user, options.asOf);
        const results = await sendPageRequests(requests, (request) =>
          send(options.url, options.anonKey, token, request).catch((error: Error) => ({
            ms: 0,
            status: 0,
            message: error.message,
          })),
        );
        results.forEach((result, i) => {
          record(requests[i]!.name, result.ms);
          if (result.status < 200 || result.status >= 300) {
            failed(`${requests[i]!.name}: HTTP ${result.status}`);
          }
        });
        pageViews += 1;
      }
    }
  }

  await Promise.all(Array.from({ length: options.virtualUsers }, (_, i) => virtualUser(i)));
  const seconds = (performance.now() - started) / 1000;
  const all = [...latencies.values()].flat();
  return {
    virtualUsers: options.virtualUsers,
    readsPerSignIn: options.readsPerSignIn,
    seconds,
    requests: all.length,
    requestsPerSecond: all.length / seconds,
    pageViews,
    signIns,
    errors,
    errorSamples: [...errorSamples],
    all: summarise(all),
    byRequest: Object.fromEntries(
      [...latencies.entries()].map(([name, samples]) => [name, summarise(samples)]),
    ),
  };
}
