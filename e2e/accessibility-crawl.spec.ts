// Follows every link each kind of user can reach and runs the page checks (axe, 320 px) once on
// each kind of page. Pages deep inside the records are checked as well as the menu's, and a page
// added later is checked without a test naming it. Every form found is also submitted with
// invalid input and its error summary checked. No form may accept that input, so the demo data
// stays as seeded.
import { expect, test, type Locator, type Page } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { AppShell } from './pages/app-shell';
import { checkPage, waitForPage } from './support/accessibility';
import { fillDate } from './support/date-input';
import { DemoPeople } from './support/demo-people';
import { DEMO_PASSWORD } from './support/env';
import { anonClient, serviceClient } from './support/service-client';
import { signInAs } from './support/sign-in-as';

const people = new DemoPeople(londonToday());
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every page of the app below the sign-in, as `pageKind` names it. */
const EVERY_PAGE = [
  '/',
  '/compare-schools',
  ...[
    'dashboard',
    'staff',
    'staff/new',
    'staff/import',
    'staff/:id',
    'staff/:id/edit',
    'staff/:id/roles/new',
    'staff/:id/mentor',
    'ects',
    'ects/:id',
    'ects/:id/edit',
    'ects/:id/status',
    'ects/:id/mentor',
    'ects/:id/pairings/:id/end',
    'ects/:id/pairings/:id/slots/new',
    'ects/:id/reviews/:n',
    'concerns',
    'concerns/new',
    'concerns/:id',
    'concerns/:id/triage',
    'concerns/:id/escalate',
    'concerns/:id/resolve',
    'term-dates',
    'mentor-time',
    'concerns-summary',
    'my-ects',
    'my-ects/:id',
    'my-ects/:id/log',
    'my-ects/:id/sessions/:id/edit',
    'my-ects/:id/sessions/:id/delete',
    'my-concerns',
    'my-concerns/new',
    'my-training',
    'my-training/log',
    'my-induction',
  ].map((path) => `/schools/:id/${path}`),
];

/** The kinds of page each crawl checked, for the test that every page was reached. */
const checkedKinds = new Set<string>();

/** Returns a page's kind: its path with ids and numbers replaced, so each kind is checked once. */
function pageKind(pathname: string): string {
  return pathname.replace(UUID, ':id').replace(/\/\d+(?=\/|$)/g, '/:n');
}

function screenshotName(role: string, kind: string): string {
  const path = kind.replace('/schools/:id', '');

  return `${role}${path === '/' ? '-home' : path.replaceAll('/', '-').replaceAll(':', '')}`;
}

/** Lists the same-origin links on the page, without sign-in and sign-out. */
async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;

  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && !url.pathname.startsWith('/sign-'))
    .map((url) => url.pathname + url.search);
}

async function emptyTextFields(form: Locator) {
  const fields = form.locator(
    'input[type="text"], input[type="email"], input[type="time"], textarea',
  );
  for (const field of await fields.all()) {
    await field.fill('');
  }
}

/**
 * How to make each form invalid: empty text fields, except where every field may be empty and
 * the form needs a contradiction instead.
 */
const INVALID_INPUT: Record<string, (form: Locator) => Promise<void>> = {
  // A mentor's dates are all optional, but a confirmation without a request date is invalid.
  // The crawl opens a mentor without QTS, whose form has both dates.
  '/schools/:id/staff/:id/mentor': async (form) => {
    await emptyTextFields(form);
    await fillDate(form, 'Date the appropriate body confirmed', '2026-10-01');
  },
};

/**
 * Fills the page's form with invalid input and submits it: the page must show its error
 * summary, which is then checked like the page itself.
 */
async function checkFormErrors(page: Page, kind: string, name: string) {
  const form = page.getByRole('main').locator('form').first();
  const submit = form.locator('button[type="submit"]');
  if ((await submit.count()) === 0) {
    return;
  }
  await (INVALID_INPUT[kind] ?? emptyTextFields)(form);
  await submit.first().click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'There is a problem' }),
    `${name} shows an error summary for invalid input`,
  ).toBeVisible();
  await checkPage(page, `${name}-errors`);
}

/**
 * Visits each kind of page reachable from the user's landing page and from `extraStarts`,
 * breadth first, checking the page and any form on it. Returns the kinds it checked.
 */
async function crawl(page: Page, role: string, extraStarts: string[] = []): Promise<string[]> {
  await waitForPage(page);
  const landing = new URL(page.url());
  const queue = [landing.pathname + landing.search, ...extraStarts];
  const seen = new Set(queue.map((path) => pageKind(new URL(path, landing).pathname)));
  const checked: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(path);
    await waitForPage(page);
    const kind = pageKind(new URL(page.url()).pathname);
    // A link can redirect (the home page to a one-school user's school) to a page checked already.
    if (checked.includes(kind)) {
      continue;
    }
    seen.add(kind);
    const name = screenshotName(role, kind);
    // Links first: checking a form's errors changes what the page shows.
    for (const link of await linksOn(page)) {
      const linkKind = pageKind(new URL(link, landing).pathname);
      if (!seen.has(linkKind)) {
        seen.add(linkKind);
        queue.push(link);
      }
    }
    await checkPage(page, name);
    await checkFormErrors(page, kind, name);
    checked.push(kind);
    checkedKinds.add(kind);
  }

  return checked;
}

/** Reads the id of a demo person's staff row at Oakfield from the database. */
async function oakfieldStaffId(email: string): Promise<string> {
  const { data, error } = await serviceClient()
    .from('staff')
    .select('id')
    .eq('school_id', people.schoolId('oakfield'))
    .eq('email', email)
    .single();
  if (error) {
    throw new Error(`Reading the staff row of ${email} at Oakfield failed: ${error.message}`);
  }

  return (data as { id: string }).id;
}

test.describe.configure({ mode: 'serial' });

test('induction tutor pages pass checks', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, 'tutor@oakfield.example');
  // Only a mentor's record links to their mentor details, and the first person the staff list
  // links to may not be a mentor. This mentor has no QTS, so their details form has the
  // appropriate body's two dates, which can contradict each other.
  const mentorRecord = `/schools/${people.schoolId('oakfield')}/staff/${await oakfieldStaffId(
    'priya.raman@oakfield.example',
  )}`;
  const kinds = await crawl(page, 'tutor', [mentorRecord]);

  expect(kinds).toEqual(
    expect.arrayContaining([
      '/schools/:id/staff/:id/mentor',
      '/schools/:id/ects/:id/pairings/:id/slots/new',
      '/schools/:id/concerns/:id/resolve',
      '/schools/:id/term-dates',
    ]),
  );
});

test('headteacher pages pass checks', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'head@oakfield.example');
  const kinds = await crawl(page, 'headteacher');

  expect(kinds).toEqual(
    expect.arrayContaining([
      '/schools/:id/dashboard',
      '/schools/:id/mentor-time',
      '/schools/:id/concerns-summary',
    ]),
  );
});

test('mentor pages pass checks', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'mentor@oakfield.example');
  const kinds = await crawl(page, 'mentor');
  expect(kinds).toEqual(
    expect.arrayContaining([
      '/schools/:id/my-ects/:id/log',
      '/schools/:id/my-ects/:id/sessions/:id/edit',
      '/schools/:id/my-training/log',
    ]),
  );

  // A tutor's page opened by a mentor explains why it is not shown.
  await page.goto(`/schools/${people.schoolId('oakfield')}/staff`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot see this page');
  await checkPage(page, 'mentor-no-access');
});

test('ECT pages pass checks', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'ect@oakfield.example');
  const kinds = await crawl(page, 'ect');

  expect(kinds).toEqual(['/schools/:id/my-induction']);
});

test('two-school person pages pass checks', async ({ page }) => {
  test.setTimeout(180_000);
  // A new person, headteacher at Oakfield and a mentor without ECTs at Brookside: neither role
  // feeds a figure that other specs check. The staff rows go afterwards.
  const email = `axe-two-schools-${Date.now()}@e2e.example`;
  const signUp = await anonClient().auth.signUp({ email, password: DEMO_PASSWORD });
  expect(signUp.error).toBeNull();
  const userId = signUp.data.user!.id;
  const db = serviceClient();
  const places = [
    { school: 'oakfield', role: 'headteacher' },
    { school: 'brookside', role: 'mentor' },
  ];
  const staffIds: string[] = [];
  try {
    for (const { school, role } of places) {
      const staff = await db
        .from('staff')
        .insert({
          school_id: people.schoolId(school),
          user_id: userId,
          full_name: 'Robin Two-Schools',
          email,
          qts_held: true,
        })
        .select('id')
        .single();
      expect(staff.error).toBeNull();
      const staffId = (staff.data as { id: string }).id;
      staffIds.push(staffId);
      const granted = await db
        .from('school_roles')
        .insert({ school_id: people.schoolId(school), staff_id: staffId, role });
      expect(granted.error).toBeNull();
    }

    await signInAs(page, email);
    await expect(new AppShell(page).menuLink('Compare schools')).toBeVisible();
    const kinds = await crawl(page, 'two-schools');
    expect(kinds).toEqual(expect.arrayContaining(['/', '/compare-schools']));
  } finally {
    if (staffIds.length > 0) {
      await db.from('staff').delete().in('id', staffIds);
    }
  }
});

test('crawls reach every page', () => {
  const missed = EVERY_PAGE.filter((kind) => !checkedKinds.has(kind));
  expect(missed, 'pages no crawl reached').toEqual([]);
});
