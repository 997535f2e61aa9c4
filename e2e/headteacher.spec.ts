import { expect, test, type Page } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { expectedDashboard } from '../supabase/seed/expected.ts';
import {
  expectedConcernsSummary,
  expectedMentorTime,
  seedRows,
} from '../supabase/seed/expected-role-views.ts';
import { brookside as brooksideSchool } from '../supabase/seed/schools/brookside.ts';
import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { AppShell } from './pages/app-shell';
import { ANON_KEY, DEMO_PASSWORD, E2E_SUPABASE_URL } from './support/env';
import { figure, ukDate } from './support/role-view-text';
import { saveScreenshot } from './support/screenshots';
import { insertRow } from './support/service-rest';
import { signInAs } from './support/sign-in-as';

const HEAD = 'head@oakfield.example';
const today = londonToday();

function rowOf(page: Page, tableName: string, header: string) {
  return page
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
}

test('mentor time matches the seed', async ({ page }) => {
  await signInAs(page, HEAD);
  await new AppShell(page).menuLink('Mentor time').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentor time' })).toBeVisible();
  const expected = expectedMentorTime('oakfield', today, { today });
  const table = 'Timetabled mentor time per mentor';

  await expect(page.getByRole('table', { name: table }).getByRole('rowheader')).toHaveText(
    expected.mentors.map((row) => row.mentor_name),
  );
  for (const row of expected.mentors) {
    const total = row.timetabled_minutes_per_week;
    const share = total > 0 ? Math.round((row.minutes_in_teaching_hours / total) * 100) : null;
    await expect(rowOf(page, table, row.mentor_name).getByRole('cell')).toHaveText([
      String(row.ects_mentored),
      new RegExp(`^${row.slots_per_week} of ${figure(row.expected_sessions_per_week)} expected`),
      total > 0 ? String(total) : 'None',
      share === null ? 'None' : `${row.minutes_in_teaching_hours} (${share}%)`,
      row.year_two_ects === 0
        ? 'No year-two ECTs'
        : `${figure(row.year_two_minutes_this_year / 60)} of ${figure(row.year_two_funded_minutes / 60)} hours`,
    ]);
  }
  const chartTable = 'Timetabled minutes a week per mentor';
  for (const row of expected.mentors) {
    await expect(rowOf(page, chartTable, row.mentor_name).getByRole('cell').last()).toHaveText(
      String(row.timetabled_minutes_per_week),
    );
  }

  await expect(
    page.getByRole('table', { name: 'Pairings with no timetabled slot' }).getByRole('rowheader'),
  ).toHaveText(expected.pairings_without_slot.map((row) => row.ect_name));
  for (const row of expected.pairings_without_slot) {
    await expect(
      rowOf(page, 'Pairings with no timetabled slot', row.ect_name).getByRole('cell'),
    ).toHaveText([row.mentor_name, ukDate(row.started_on)]);
  }
  const reductions = 'ECT timetable reductions below the statutory minimum';
  await expect(page.getByRole('table', { name: reductions }).getByRole('rowheader')).toHaveText(
    expected.reductions_below_minimum.map((row) => row.ect_name),
  );
  for (const row of expected.reductions_below_minimum) {
    await expect(rowOf(page, reductions, row.ect_name).getByRole('cell')).toHaveText([
      `Year ${row.induction_year}`,
      `${figure(row.reduction_percent)}%`,
      `${row.minimum_percent}%`,
    ]);
  }
  await saveScreenshot(page, 'headteacher-mentor-time');
});

test('concerns summary matches the seed', async ({ page }) => {
  await signInAs(page, HEAD);
  await new AppShell(page).menuLink('Concerns').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concerns summary' })).toBeVisible();
  const expected = expectedConcernsSummary('oakfield', today, { today });
  const tiles = page.getByRole('list', { name: 'Concerns by status' });
  const tileFigure = (label: string) =>
    tiles
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: label, exact: true }) })
      .getByRole('paragraph')
      .first();

  await expect(tileFigure('Open')).toHaveText(String(expected.open));
  await expect(tileFigure('In progress')).toHaveText(String(expected.in_progress));
  await expect(tileFigure('Escalated to the appropriate body')).toHaveText(
    String(expected.escalated),
  );
  await expect(tileFigure('Resolved')).toHaveText(String(expected.resolved));
  const table = page.getByRole('table', { name: 'Unresolved concerns, oldest first' });
  await expect(table.getByRole('rowheader')).toHaveText(
    expected.unresolved.map((row) => row.summary),
  );
  for (const row of expected.unresolved) {
    const cells = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: row.summary, exact: true }) })
      .getByRole('cell');
    await expect(cells.nth(0)).toContainText(row.about_name);
    await expect(cells.nth(2)).toHaveText(ukDate(row.raised_on));
    await expect(cells.nth(3)).toHaveText(String(row.days_open));
  }
  await saveScreenshot(page, 'headteacher-concerns');
});

test('headteacher dashboard offers no edits', async ({ page }) => {
  await signInAs(page, HEAD);

  await expect(
    page.getByRole('heading', { level: 1, name: 'ECT mentoring dashboard' }),
  ).toBeVisible();
  await expect(page.getByText('You can see this dashboard as headteacher')).toBeVisible();
  // Downloads and printing are reading; nothing on the page changes a record.
  const main = page.getByRole('main');
  const editing = /^(Add|Change|Edit|Delete|Remove|Record|Assign|End|Save|Log)\b/;
  await expect(main.getByRole('button', { name: editing })).toHaveCount(0);
  await expect(main.getByRole('link', { name: editing })).toHaveCount(0);
  await expect(new AppShell(page).menuLink('Staff')).toHaveCount(0);
});

test('trust summary compares two schools', async ({ page, request }) => {
  // A new person who is headteacher at Oakfield and at Brookside; the role changes no figure.
  const email = `trust-head-${Date.now()}@e2e.example`;
  const signUp = await request.post(`${E2E_SUPABASE_URL}/auth/v1/signup`, {
    headers: { apikey: ANON_KEY },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const { user } = (await signUp.json()) as { user: { id: string } };
  const rows = seedRows(today);
  for (const schoolKey of ['oakfield', 'brookside']) {
    const schoolId = rows.schoolIds[schoolKey];
    const staffId = await insertRow(request, 'staff', {
      school_id: schoolId,
      user_id: user.id,
      full_name: 'Jo Trust-Lead',
      email,
      qts_held: true,
    });
    await insertRow(request, 'school_roles', {
      school_id: schoolId,
      staff_id: staffId,
      role: 'headteacher',
    });
  }

  await signInAs(page, email);
  await new AppShell(page).menuLink('Compare schools').click();

  await expect(page.getByRole('heading', { level: 1, name: 'Compare your schools' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Mentoring at your schools' });
  await expect(table.getByRole('rowheader')).toHaveText([
    brooksideSchool.name,
    oakfieldSchool.name,
  ]);
  for (const [schoolKey, name] of [
    ['brookside', brooksideSchool.name],
    ['oakfield', oakfieldSchool.name],
  ] as const) {
    const tiles = expectedDashboard(schoolKey, today, { today }).tiles;
    await expect(
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name }) })
        .getByRole('cell'),
    ).toHaveText([
      String(tiles.active_ects),
      String(tiles.ects_without_mentor),
      `${tiles.sessions_held_last_4_weeks} of ${figure(tiles.sessions_expected_last_4_weeks)}`,
      String(tiles.ects_without_recent_session),
      `${tiles.pairings_with_slot} of ${tiles.active_pairings}`,
      String(tiles.open_concerns),
    ]);
  }
  await saveScreenshot(page, 'trust-compare-schools');
});
