import { expect, test } from '@playwright/test';

import { SignInPage } from './pages/sign-in-page';
import { DEMO_PASSWORD } from './support/env';
import { saveScreenshot } from './support/screenshots';

test('empty form names both fields', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.submitButton.click();

  await expect(signIn.errorSummary).toBeFocused();
  await expect(signIn.summaryLink('Enter your email address')).toBeVisible();
  await expect(signIn.summaryLink('Enter your password')).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);

  await signIn.summaryLink('Enter your password').click();
  await expect(signIn.passwordInput).toBeFocused();
});

test('wrong password keeps the typed email', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('tutor@oakfield.example', 'not-the-password');

  await expect(signIn.errorSummary).toContainText('Invalid login credentials');
  await expect(signIn.emailInput).toHaveValue('tutor@oakfield.example');
  await expect(signIn.emailInput).toHaveAccessibleDescription(/Invalid login credentials/);
  await expect(page).toHaveURL(/\/sign-in$/);
  await saveScreenshot(page, 'sign-in-invalid-credentials');

  await signIn.passwordInput.fill(DEMO_PASSWORD);
  await signIn.submitButton.click();
  await expect(page).not.toHaveURL(/\/sign-in/);
});

test('malformed email is caught before sending', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await signIn.signIn('tutor.oakfield.example', DEMO_PASSWORD);

  await expect(
    signIn.summaryLink('Enter an email address in the correct format, like name@example.com'),
  ).toBeVisible();
  await expect(signIn.emailInput).toHaveValue('tutor.oakfield.example');
});

test('deep link returns there after sign-in', async ({ page }) => {
  const signIn = new SignInPage(page);

  await page.goto('/schools/00000000-0000-4000-8000-000000000000/dashboard');
  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(/next=%2Fschools%2F/);

  await signIn.signIn('tutor@oakfield.example', DEMO_PASSWORD);
  // The made-up school id is not one the tutor has a role at.
  await expect(page.getByRole('heading', { name: 'You cannot see this page' })).toBeVisible();
  await expect(page).toHaveURL(/\/schools\/00000000-0000-4000-8000-000000000000\/dashboard$/);
});
