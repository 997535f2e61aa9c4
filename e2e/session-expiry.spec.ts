import { expect, test } from '@playwright/test';

import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { SignInPage } from './pages/sign-in-page';
import { ANON_KEY, AUTH_STORAGE_KEY, DEMO_PASSWORD, E2E_SUPABASE_URL } from './support/env';

interface StoredSession {
  access_token: string;
  expires_at: number;
}

test('revoked session returns to sign-in', async ({ page, request }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn('tutor@oakfield.example', DEMO_PASSWORD);
  const dashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await dashboard.expectLoaded();
  const dashboardPath = new URL(page.url()).pathname;

  // Sign out everywhere behind the app's back, as another device would, then mark the access
  // token expired so the app has to use the revoked refresh token on its next load.
  const stored = await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY);
  expect(stored).not.toBeNull();
  const session = JSON.parse(stored ?? '{}') as StoredSession;
  const logout = await request.post(`${E2E_SUPABASE_URL}/auth/v1/logout?scope=global`, {
    headers: { apikey: ANON_KEY, Authorization: `Bearer ${session.access_token}` },
  });
  expect(logout.status(), await logout.text()).toBe(204);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: AUTH_STORAGE_KEY,
    value: JSON.stringify({ ...session, expires_at: 1 }),
  });

  await page.reload();

  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(
    new RegExp(
      `/sign-in\\?next=${encodeURIComponent(dashboardPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    ),
  );
  await expect(page.getByText(oakfieldSchool.name)).toHaveCount(0);
});
