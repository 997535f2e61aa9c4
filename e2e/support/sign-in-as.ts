import { expect, type Page } from '@playwright/test';

import { SignInPage } from '../pages/sign-in-page';
import { DEMO_PASSWORD } from './env';

/** Signs in through the form and waits until the landing page has loaded. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}
