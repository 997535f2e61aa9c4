import { expect, test } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { expectedDashboard } from '../supabase/seed/expected.ts';
import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { AppShell } from './pages/app-shell';
import { RolePage } from './pages/role-pages';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { SignInPage } from './pages/sign-in-page';
import { ANON_KEY, DEMO_PASSWORD, E2E_SUPABASE_URL } from './support/env';
import { DemoPeople } from './support/demo-people';
import { saveScreenshot } from './support/screenshots';

const today = londonToday();
const people = new DemoPeople(today);

test('headteacher sees the dashboard read-only', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('head@oakfield.example', DEMO_PASSWORD);

  const dashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await dashboard.expectLoaded();
  await expect(page.getByText('You can see this dashboard as headteacher')).toBeVisible();
  const expected = expectedDashboard('oakfield', today);
  await expect(dashboard.tileFigure('Active ECTs')).toHaveText(String(expected.tiles.active_ects));
  await expect(dashboard.ectRowHeaders()).toHaveCount(expected.ects.length);
  await saveScreenshot(page, 'dashboard-headteacher');
});

test('mentor lands on My ECTs', async ({ page }) => {
  const signIn = new SignInPage(page);
  const shell = new AppShell(page);
  await signIn.goto();

  await signIn.signIn('mentor@oakfield.example', DEMO_PASSWORD);

  const myEcts = new RolePage(page, 'My ECTs');
  await myEcts.expectLoaded('/my-ects');
  const names = people.currentEctNamesOfMentor('mentor@oakfield.example');
  expect(names.length).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(names);
  await expect(shell.menuLink('Dashboard')).toHaveCount(0);
  await saveScreenshot(page, 'my-ects-mentor');
});

test('mentor cannot open the dashboard', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn('mentor@oakfield.example', DEMO_PASSWORD);
  await new RolePage(page, 'My ECTs').expectLoaded('/my-ects');

  await page.goto(page.url().replace(/\/my-ects$/, '/dashboard'));

  await expect(page.getByRole('heading', { name: 'You cannot see this page' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('ECT lands on My induction', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('ect@oakfield.example', DEMO_PASSWORD);

  const myInduction = new RolePage(page, 'My induction');
  await myInduction.expectLoaded('/my-induction');
  const mentorName = people.currentMentorNameOfEct('ect@oakfield.example');
  expect(mentorName).not.toBeNull();
  await expect(myInduction.summaryValue('Your mentor')).toContainText(mentorName ?? '');
  await saveScreenshot(page, 'my-induction-ect');
});

test('account without a school says so', async ({ page, request }) => {
  // A fresh sign-up has an auth user but no staff row at any school.
  const email = `unlinked-${Date.now()}@e2e.example`;
  const signUp = await request.post(`${E2E_SUPABASE_URL}/auth/v1/signup`, {
    headers: { apikey: ANON_KEY },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);

  await expect(
    page.getByRole('heading', { name: 'Your account is not linked to a school yet' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText(email);
  await saveScreenshot(page, 'not-linked');
});
