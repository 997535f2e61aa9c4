// Signs in through the built app in headless Chromium and records, per role, the requests the
// app sends to the API and the time from pressing "Sign in" to the rendered page.

import { chromium, type Browser, type Page } from '@playwright/test';

import type { SignIn, SignInRole } from '../generate/school.ts';
import { summarise, type Summary } from './stats.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The path each role lands on after sign-in. */
const LANDING: Record<SignInRole, string> = {
  tutor: '/dashboard',
  head: '/dashboard',
  mentor: '/my-ects',
  ect: '/my-induction',
};

export interface RecordedRequest {
  method: string;
  /** Path and query below the API URL. */
  path: string;
}

export interface BrowserResult {
  role: SignInRole;
  /** Sign-in to rendered page, over the runs. */
  signInToRendered: Summary;
  /** API requests from pressing "Sign in" to the rendered page (first run). */
  signInRequests: RecordedRequest[];
  /** Reloading the landing page with the stored session. */
  reloadToRendered: Summary;
  reloadRequests: RecordedRequest[];
}

async function waitForRendered(page: Page, suffix: string): Promise<void> {
  await page.waitForFunction(
    (end) =>
      location.pathname.endsWith(end) &&
      document.querySelector('h1') !== null &&
      document.querySelector('[role="status"]') === null,
    suffix,
    { timeout: 30_000 },
  );
  const alert = await page.locator('[role="alert"]').count();
  if (alert > 0) {
    const text = await page.locator('[role="alert"]').first().innerText();
    throw new Error(`The page at ${page.url()} shows an error: ${text}`);
  }
}

function recorder(page: Page, apiUrl: string): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(apiUrl)) return;
    requests.push({ method: request.method(), path: request.url().slice(apiUrl.length) });
  });
  return requests;
}

async function measureRole(
  browser: Browser,
  appUrl: string,
  apiUrl: string,
  user: SignIn,
  password: string,
  runs: number,
): Promise<BrowserResult> {
  const signInTimes: number[] = [];
  const reloadTimes: number[] = [];
  let signInRequests: RecordedRequest[] = [];
  let reloadRequests: RecordedRequest[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    try {
      await page.goto(`${appUrl}/sign-in`);
      await page.getByLabel('Email address').fill(user.email);
      await page.getByLabel('Password').fill(password);
      const requests = recorder(page, apiUrl);
      const started = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForRendered(page, LANDING[user.role]);
      signInTimes.push(performance.now() - started);
      if (run === 0) signInRequests = [...requests];

      requests.length = 0;
      const reloadStarted = performance.now();
      await page.reload();
      await waitForRendered(page, LANDING[user.role]);
      reloadTimes.push(performance.now() - reloadStarted);
      if (run === 0) reloadRequests = [...requests];
    } finally {
      await context.close();
    }
  }
  return {
    role: user.role,
    signInToRendered: summarise(signInTimes),
    signInRequests,
    reloadToRendered: summarise(reloadTimes),
    reloadRequests,
  };
}

export async function measureBrowser(options: {
  appUrl: string;
  apiUrl: string;
  users: readonly SignIn[];
  password: string;
  runs: number;
}): Promise<BrowserResult[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results: BrowserResult[] = [];
    for (const user of options.users) {
      results.push(
        await measureRole(
          browser,
          options.appUrl,
          options.apiUrl,
          user,
          options.password,
          options.runs,
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
