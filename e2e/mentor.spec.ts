import { expect, test, type Page } from '@playwright/test';

import { addDays, londonToday } from '../supabase/seed/dates.ts';
import {
  expectedMentorPairings,
  expectedTraining,
  expectedWeeklySessions,
  seedRows,
} from '../supabase/seed/expected-role-views.ts';
import { AppShell } from './pages/app-shell';
import { RolePage } from './pages/role-pages';
import { SignInPage } from './pages/sign-in-page';
import { ANON_KEY, AUTH_STORAGE_KEY, DEMO_PASSWORD, E2E_SUPABASE_URL } from './support/env';
import { figure, londonTimeNow, longDate, pairingCardText, ukDate } from './support/role-view-text';
import { saveScreenshot } from './support/screenshots';
import { deleteRows, selectRows, updateRows } from './support/service-rest';
import { signInAs } from './support/sign-in-as';

const MENTOR = 'mentor@oakfield.example';
const today = londonToday();
const rows = seedRows(today);
// Every row this file adds carries this marker, so the clean-up finds them all and the demo
// figures that other files check stay as seeded.
const MARKER = `e2e-mentor-${Date.now()}`;

interface SessionRow {
  id: string;
  held_on: string;
  minutes: number;
  notes: string | null;
  version: number;
  created_by: string | null;
}

function amara() {
  const pairing = expectedMentorPairings('oakfield', MENTOR, today, { today }).find(
    (row) => row.ect_name === 'Amara Nwosu',
  );
  if (!pairing) throw new Error('Amara Nwosu is not among the demo mentor’s pairings');
  return pairing;
}

function startedOn(pairingId: string): string {
  const pairing = rows.pairings.find((candidate) => candidate.id === pairingId);
  if (!pairing) throw new Error(`Seed rows have no pairing with id ${pairingId}`);
  return pairing.started_on;
}

async function openLogForm(page: Page) {
  const pairing = amara();
  await page.getByRole('link', { name: `Log a session with ${pairing.ect_name}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Log a session or observation' }),
  ).toBeVisible();
}

async function fillSession(
  page: Page,
  values: {
    date: string;
    minutes: string;
    kind: string;
    inTeachingHours: 'Yes' | 'No';
    notes: string;
  },
) {
  const [year, month, day] = values.date.split('-');
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Length in minutes').fill(values.minutes);
  await page.getByLabel(values.kind, { exact: true }).check();
  await page
    .getByRole('group', { name: 'Was it in teaching hours?' })
    .getByLabel(values.inTeachingHours, { exact: true })
    .check();
  await page.getByLabel('Notes (optional)').fill(values.notes);
}

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

test.afterAll(async ({ request }) => {
  await deleteRows(request, `mentor_sessions?notes=like.*${MARKER}*`);
  await deleteRows(request, `concerns?summary=like.*${MARKER}*`);
  await deleteRows(request, `mentor_training_logs?activity=like.*${MARKER}*`);
});

test('My ECTs shows slots and cadence', async ({ page }) => {
  await signInAs(page, MENTOR);
  const expected = expectedMentorPairings('oakfield', MENTOR, today, {
    today,
    timeNow: londonTimeNow(),
  });
  const myEcts = new RolePage(page, 'My ECTs');
  await myEcts.expectLoaded('/my-ects');

  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
    expected.map((row) => row.ect_name),
  );
  for (const row of expected) {
    const slot = rows.timetableSlots.find(
      (candidate) =>
        candidate.pairing_id === row.pairing_id && candidate.minutes === row.next_slot_minutes,
    );
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 2, name: row.ect_name }),
    });
    for (const [key, value] of Object.entries(
      pairingCardText(row, slot?.in_teaching_hours ?? true),
    )) {
      await expect(
        card.locator('.govuk-summary-list__row').filter({ hasText: key }).getByRole('definition'),
        `${row.ect_name}: ${key}`,
      ).toContainText(value);
    }
  }
  await saveScreenshot(page, 'mentor-my-ects');
});

test('My ECTs shows a failure and retries', async ({ page }) => {
  // The overview fails once, as when the database is unavailable, then recovers.
  let failures = 0;
  await page.route('**/rest/v1/rpc/mentor_pairings_overview*', async (route) => {
    if (failures > 0) return route.continue();
    failures += 1;
    return route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ code: '57P03', message: 'the database system is starting up' }),
    });
  });
  await signInAs(page, MENTOR);

  await expect(page.getByRole('heading', { name: 'Your ECTs could not be loaded' })).toBeVisible();
  await saveScreenshot(page, 'mentor-my-ects-error');
  await page.getByRole('button', { name: 'Try again' }).click();

  const names = expectedMentorPairings('oakfield', MENTOR, today, { today }).map(
    (row) => row.ect_name,
  );
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(names);
});

test('pairing page charts sessions per week', async ({ page }) => {
  await signInAs(page, MENTOR);
  const pairing = amara();
  await page.getByRole('link', { name: `Sessions and chart for ${pairing.ect_name}` }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Sessions with ${pairing.ect_name}` }),
  ).toBeVisible();
  const weeks = expectedWeeklySessions(pairing.ect_induction_id, today, { today });
  const table = page.getByRole('table', {
    name: `Sessions per term week this term with ${pairing.ect_name}`,
  });
  await expect(table.getByRole('rowheader')).toHaveText(
    weeks.map((week) => ukDate(week.week_starts_on)),
  );
  for (const week of weeks) {
    const cells = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: ukDate(week.week_starts_on) }) })
      .getByRole('cell');
    await expect(cells).toHaveText([
      week.up_to_as_of ? String(week.sessions_held) : 'Not yet',
      figure(week.sessions_expected),
    ]);
  }
  const logged = rows.mentorSessions.filter((session) => session.pairing_id === pairing.pairing_id);
  await expect(
    page.getByRole('table', { name: 'Sessions logged, newest first' }).getByRole('rowheader'),
  ).toHaveCount(logged.length);
  await saveScreenshot(page, 'mentor-pairing-sessions');
});

test('session form shows database refusals', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  const pairing = amara();
  await openLogForm(page);

  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Enter the date the session took place',
    'Enter how many minutes the session lasted',
    'Select what kind of session it was',
    'Select whether the session was in teaching hours',
  ]);
  await expect(page).toHaveTitle(/^Error: /);

  const notes = `Future date ${MARKER}`;
  await fillSession(page, {
    date: addDays(today, 1),
    minutes: '45',
    kind: 'Meeting',
    inTeachingHours: 'Yes',
    notes,
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Date the session took place must be today or in the past',
  ]);
  await expect(page.getByLabel('Length in minutes')).toHaveValue('45');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue(notes);
  await saveScreenshot(page, 'mentor-log-session-errors');

  await errorSummary(page).getByRole('link').click();
  await expect(page.getByLabel('Day')).toBeFocused();

  await fillSession(page, {
    date: addDays(startedOn(pairing.pairing_id), -3),
    minutes: '45',
    kind: 'Meeting',
    inTeachingHours: 'Yes',
    notes,
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    `Date the session took place must be on or after ${longDate(startedOn(pairing.pairing_id))}, while you mentored ${pairing.ect_name}`,
  ]);

  await fillSession(page, {
    date: today,
    minutes: '500',
    kind: 'Meeting',
    inTeachingHours: 'Yes',
    notes,
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Minutes must be between 1 and 480',
  ]);
  await expect(page.locator('#minutes-error')).toContainText('Minutes must be between 1 and 480');

  await fillSession(page, {
    date: today,
    minutes: '45',
    kind: 'Meeting',
    inTeachingHours: 'Yes',
    notes: `${MARKER} ${'x'.repeat(4000)}`,
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Notes must be 4,000 characters or fewer',
  ]);
  await expect(page.locator('#notes-error')).toBeVisible();

  const stored = await selectRows<SessionRow>(request, `mentor_sessions?notes=like.*${MARKER}*`);
  expect(stored).toEqual([]);
});

test('lost response and double click log one session', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  await openLogForm(page);
  const notes = `Retried ${MARKER}`;
  await fillSession(page, {
    date: today,
    minutes: '35',
    kind: 'Developmental observation',
    inTeachingHours: 'Yes',
    notes,
  });

  // The first insert reaches the database, but its response is lost on the way back.
  let posts = 0;
  await page.route('**/rest/v1/mentor_sessions*', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts === 1) {
      await route.fetch();
      return route.abort('failed');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page)).toContainText('The server could not be reached');

  await page.getByRole('button', { name: 'Log session' }).dblclick();

  await expect(page.getByRole('heading', { level: 1, name: /^Sessions with / })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`Session on ${longDate(today)} logged`);
  expect(posts).toBeGreaterThanOrEqual(2);
  const stored = await selectRows<SessionRow>(
    request,
    `mentor_sessions?notes=eq.${encodeURIComponent(notes)}`,
  );
  expect(stored).toHaveLength(1);
  expect(stored[0].minutes).toBe(35);
  expect(stored[0].held_on).toBe(today);
  await saveScreenshot(page, 'mentor-session-logged');
});

test('retry with changed minutes saves them', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  await openLogForm(page);
  const notes = `Changed retry ${MARKER}`;
  await fillSession(page, {
    date: today,
    minutes: '34',
    kind: 'Meeting',
    inTeachingHours: 'No',
    notes,
  });

  // The first insert reaches the database, but its response is lost on the way back.
  let posts = 0;
  await page.route('**/rest/v1/mentor_sessions*', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts === 1) {
      await route.fetch();
      return route.abort('failed');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(errorSummary(page)).toContainText('The server could not be reached');

  await page.getByLabel('Length in minutes').fill('50');
  await page.getByRole('button', { name: 'Log session' }).click();

  await expect(page.getByRole('alert')).toContainText(`Session on ${longDate(today)} logged`);
  expect(posts).toBe(2);
  const stored = await selectRows<SessionRow>(
    request,
    `mentor_sessions?notes=eq.${encodeURIComponent(notes)}&order=minutes`,
  );
  // NOTE: the row from the lost first request stays beside the changed one, because the form
  // cannot tell whether that request was saved.
  expect(stored.map((row) => row.minutes)).toEqual([34, 50]);
});

test('notes counter counts code points', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  await openLogForm(page);
  const counter = page.locator('#notes-info');

  await page.getByLabel('Notes (optional)').fill('a'.repeat(4001));
  await expect(counter).toHaveText('You have 1 character too many');

  // 100 emoji (2 UTF-16 units each, 1 code point) and 100 curly quotes (1 unit each) with
  // letters to make 3,900 code points: 4,000 UTF-16 units, which String.length would count.
  const marked = `${MARKER} `;
  const notes =
    marked + 'a'.repeat(3900 - 200 - marked.length) + '🙂'.repeat(100) + '’'.repeat(100);
  expect(notes.length).toBe(4000);
  await fillSession(page, {
    date: today,
    minutes: '20',
    kind: 'Drop-in',
    inTeachingHours: 'Yes',
    notes,
  });
  await expect(counter).toHaveText('You have 100 characters remaining');

  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('alert')).toContainText(`Session on ${longDate(today)} logged`);
  const stored = await selectRows<SessionRow>(
    request,
    `mentor_sessions?notes=eq.${encodeURIComponent(notes)}`,
  );
  expect(stored).toHaveLength(1);
});

test('edit detects a concurrent change, then delete', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  await openLogForm(page);
  const notes = `Edit me ${MARKER}`;
  await fillSession(page, {
    date: today,
    minutes: '30',
    kind: 'Meeting',
    inTeachingHours: 'No',
    notes,
  });
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('alert')).toContainText('logged');
  const [created] = await selectRows<SessionRow>(
    request,
    `mentor_sessions?notes=eq.${encodeURIComponent(notes)}`,
  );
  expect(created.version).toBe(1);

  await page
    .getByRole('link', { name: `Change session on ${ukDate(today)}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change a session' })).toBeVisible();
  await expect(page.getByLabel('Length in minutes')).toHaveValue('30');
  // Someone else saves first.
  await updateRows(request, `mentor_sessions?id=eq.${created.id}`, { minutes: 31 });
  await page.getByLabel('Length in minutes').fill('40');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(errorSummary(page)).toContainText('Someone else changed or deleted this session');
  await expect(page.getByLabel('Length in minutes')).toHaveValue('40');
  const [afterConflict] = await selectRows<SessionRow>(
    request,
    `mentor_sessions?id=eq.${created.id}`,
  );
  expect(afterConflict.minutes).toBe(31);
  expect(afterConflict.version).toBe(2);
  await saveScreenshot(page, 'mentor-edit-conflict');

  await page.getByRole('link', { name: /^Back to sessions with / }).click();
  await page.reload();
  await page
    .getByRole('link', { name: `Change session on ${ukDate(today)}` })
    .first()
    .click();
  await expect(page.getByLabel('Length in minutes')).toHaveValue('31');
  await page.getByLabel('Length in minutes').fill('40');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('changed');
  const [edited] = await selectRows<SessionRow>(request, `mentor_sessions?id=eq.${created.id}`);
  expect(edited.minutes).toBe(40);
  expect(edited.version).toBe(3);

  const row = page.getByRole('row').filter({ hasText: notes });
  await row.getByRole('link', { name: /^Delete/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Delete the session on ${longDate(today)}?` }),
  ).toBeVisible();
  await saveScreenshot(page, 'mentor-delete-session');
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByRole('alert')).toContainText('deleted');
  expect(await selectRows(request, `mentor_sessions?id=eq.${created.id}`)).toEqual([]);
});

test('mentor raises and follows a concern', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  const shell = new AppShell(page);
  await shell.menuLink('My concerns').click();
  await expect(page.getByRole('heading', { level: 1, name: 'My concerns' })).toBeVisible();
  await page.getByRole('link', { name: 'Raise a concern' }).click();

  await page.getByRole('button', { name: 'Raise concern' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Select what the concern is about',
    'Enter a summary of the concern',
  ]);
  // Every mistake shows at once: a missing ECT and a summary of 201 characters.
  await page.getByLabel('The progress of an ECT I mentor').check();
  await page.getByLabel('Summary').fill('a'.repeat(201));
  await page.getByRole('button', { name: 'Raise concern' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveText([
    'Select the ECT the concern is about',
    'Summary must be 200 characters or fewer',
  ]);

  await page.getByLabel('My time or capacity to mentor').check();
  const summary = `Cover pulled twice this week ${MARKER}`;
  await page.getByLabel('Summary').fill(summary);
  await page.getByRole('button', { name: 'Raise concern' }).dblclick();

  await expect(page.getByRole('alert')).toContainText('Concern raised');
  const card = page.getByRole('listitem').filter({ hasText: summary });
  await expect(card).toContainText('Open');
  await expect(card).toContainText('Your time or capacity to mentor');
  const stored = await selectRows<{ status: string; subject: string }>(
    request,
    `concerns?summary=eq.${encodeURIComponent(summary)}`,
  );
  expect(stored).toEqual([expect.objectContaining({ status: 'open', subject: 'mentor_capacity' })]);
  await saveScreenshot(page, 'mentor-concerns');
});

test('mentor training hours against target', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  const expected = expectedTraining('oakfield', MENTOR, { today });
  await new AppShell(page).menuLink('My training').click();
  await expect(page.getByRole('heading', { level: 1, name: 'My mentor training' })).toBeVisible();

  const value = (key: string) =>
    page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.getByRole('term').getByText(key, { exact: true }) })
      .getByRole('definition');
  await expect(value('Hours in the target period')).toHaveText(
    `${figure(expected.hoursInPeriod, 2)} of ${expected.targetHours} hours`,
  );
  await expect(value('Target period')).toHaveText(
    `${longDate(expected.periodStartsOn!)} to ${longDate(expected.periodEndsOn!)}`,
  );
  await saveScreenshot(page, 'mentor-training');

  await page.getByRole('link', { name: 'Log training' }).click();
  const [year, month, day] = today.split('-');
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Activity').fill(`Reading ${MARKER}`);
  // Both are out of range, so both get the range message, though 100 overflows the
  // numeric(4, 2) column and -1 fails the quarter-hours pattern.
  for (const hours of ['100', '-1']) {
    await page.getByLabel('Hours').fill(hours);
    await page.getByRole('button', { name: 'Log training' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Hours must be more than 0 and at most 12',
    ]);
  }
  await page.getByLabel('Hours').fill('1.5');
  await page.getByRole('button', { name: 'Log training' }).click();

  await expect(page.getByRole('alert')).toContainText('logged');
  await expect(value('All hours logged')).toHaveText(
    `${figure(expected.hoursLogged + 1.5, 2)} hours`,
  );
  const stored = await selectRows<{ hours: number }>(
    request,
    `mentor_training_logs?activity=like.*${MARKER}*`,
  );
  expect(stored).toEqual([expect.objectContaining({ hours: 1.5 })]);
});

test('expired sign-in keeps the typed draft', async ({ page, request }) => {
  await signInAs(page, MENTOR);
  await openLogForm(page);
  const formUrl = new URL(page.url()).pathname;
  const notes = `Draft kept ${MARKER}`;
  await fillSession(page, {
    date: today,
    minutes: '25',
    kind: 'Joint planning',
    inTeachingHours: 'No',
    notes,
  });

  // Revoke the session as another device would, and mark the access token expired.
  const stored = await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY);
  const session = JSON.parse(stored ?? '{}') as { access_token: string };
  const logout = await request.post(`${E2E_SUPABASE_URL}/auth/v1/logout?scope=global`, {
    headers: { apikey: ANON_KEY, Authorization: `Bearer ${session.access_token}` },
  });
  expect(logout.status()).toBe(204);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: AUTH_STORAGE_KEY,
    value: JSON.stringify({ ...session, expires_at: 1 }),
  });
  await page.getByRole('button', { name: 'Log session' }).click();

  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`next=${encodeURIComponent(formUrl)}`));
  await signIn.signIn(MENTOR, DEMO_PASSWORD);

  await expect(page).toHaveURL(new RegExp(`${formUrl}$`));
  await expect(page.getByLabel('Length in minutes')).toHaveValue('25');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue(notes);
  await expect(page.getByLabel('Joint planning')).toBeChecked();
  expect(
    await selectRows(request, `mentor_sessions?notes=eq.${encodeURIComponent(notes)}`),
  ).toEqual([]);

  // Someone else signing in on this tab sees neither the draft nor the mentor's ECTs.
  await new AppShell(page).signOut();
  await signInAs(page, 'ect@oakfield.example');
  await page.goto(formUrl);
  await expect(page.getByLabel('Notes (optional)')).toHaveCount(0);
  await expect(page.getByText(notes)).toHaveCount(0);
  await expect(page.getByText('Dylan Fitzgerald')).toHaveCount(0);
});
