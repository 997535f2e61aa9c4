import { expect, test } from '@playwright/test';

import { SignInPage } from './pages/sign-in-page';
import { checkPage, waitForPage } from './support/accessibility';
import { signInAs } from './support/sign-in-as';

test('sign-in page passes axe', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await checkPage(page, 'sign-in');

  await signIn.submitButton.click();
  await expect(signIn.errorSummary).toBeVisible();
  await checkPage(page, 'sign-in-errors');
});

test('skip link and focus are visible', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(signIn.emailInput).toBeFocused();
  const outline = await signIn.emailInput.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
});

// The pages behind a sign-in are checked by accessibility-crawl.spec.ts, which follows every
// link each kind of user can reach.

test('not-found page passes axe', async ({ page }) => {
  await signInAs(page, 'ect@oakfield.example');
  await page.goto('/no-such-page');
  await checkPage(page, 'not-found');
});

test('session form works by keyboard alone', async ({ page }) => {
  await signInAs(page, 'mentor@oakfield.example');
  await page
    .getByRole('link', { name: /^Log a session/ })
    .first()
    .click();
  await waitForPage(page);
  const submit = page.getByRole('button', { name: 'Log session' });

  // Tab from the top of the page to the submit button, as a keyboard user would.
  await page.locator('#main-content').focus();
  for (let presses = 0; presses < 40; presses += 1) {
    if (await submit.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Day')).toBeFocused();
  await page.keyboard.type('1');
  await expect(page.getByLabel('Day')).toHaveValue('1');
});
