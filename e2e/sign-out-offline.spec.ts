import { expect, test } from '@playwright/test';

import { AppShell } from './pages/app-shell';
import { AUTH_STORAGE_KEY, E2E_SUPABASE_URL } from './support/env';
import { signInAs } from './support/sign-in-as';

test('offline sign-out removes session', async ({ page }) => {
  await signInAs(page, 'mentor@oakfield.example');
  expect(await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY)).not.toBeNull();

  // The network drops just as the user leaves a shared computer.
  await page.route(`${E2E_SUPABASE_URL}/auth/v1/logout**`, (route) => route.abort());
  await new AppShell(page).signOut();

  expect(await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY)).toBeNull();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
});
