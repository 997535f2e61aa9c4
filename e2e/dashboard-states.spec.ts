import { expect, test } from '@playwright/test';

import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { SignInPage } from './pages/sign-in-page';
import { DEMO_PASSWORD } from './support/env';
import { saveScreenshot } from './support/screenshots';

// These tests delay or cut off the browser's requests to reach the loading and error branches.
// Every response that does arrive comes from the real stand-in.
const DASHBOARD_RPC = '**/rest/v1/rpc/school_dashboard';

test('dashboard shows loading, then figures', async ({ page }) => {
  let releaseDashboard: () => void = () => {};
  const dashboardHeld = new Promise<void>((resolve) => {
    releaseDashboard = resolve;
  });
  await page.route(DASHBOARD_RPC, async (route) => {
    await dashboardHeld;
    await route.continue();
  });
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('tutor@oakfield.example', DEMO_PASSWORD);

  await expect(page.getByRole('status')).toHaveText('Loading the dashboard…');
  releaseDashboard();
  const dashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await dashboard.expectLoaded();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('dashboard says what failed and recovers', async ({ page }) => {
  await page.route(DASHBOARD_RPC, (route) => route.abort('connectionrefused'));
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('tutor@oakfield.example', DEMO_PASSWORD);

  const failure = page.getByRole('alert');
  await expect(failure.getByRole('heading')).toHaveText('The dashboard could not be loaded');
  await expect(failure).toContainText('The server could not be reached.');
  await expect(failure).toContainText('Check your internet connection, then try again.');
  await expect(page.getByRole('table')).toHaveCount(0);
  await saveScreenshot(page, 'dashboard-error');

  await page.unroute(DASHBOARD_RPC);
  await failure.getByRole('button', { name: 'Try again' }).click();
  await new SchoolDashboardPage(page, oakfieldSchool.name).expectLoaded();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
