import { expect, test } from '@playwright/test';

import { AppShell } from './pages/app-shell';
import { E2E_SUPABASE_URL } from './support/env';
import { signInAs } from './support/sign-in-as';

// supabase-js keeps the session in localStorage under 'sb-<first label of the host>-auth-token'.
const STORAGE_KEY = `sb-${new URL(E2E_SUPABASE_URL).hostname.split('.')[0]}-auth-token`;

test('offline sign-out removes session', async ({ page }) => {
  await signInAs(page, 'mentor@oakfield.example');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toBeNull();

  // The network drops just as the user leaves a shared computer.
  await page.route(`${E2E_SUPABASE_URL}/auth/v1/logout**`, (route) => route.abort());
  await new AppShell(page).signOut();

  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
});
