import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/sign-in-page';
import { saveScreenshot } from './support/screenshots';
import { signInAs } from './support/sign-in-as';

// WCAG 2.2 level AA, as axe-core 4.11 tags its rules.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NARROW = { width: 320, height: 800 };
const WIDE = { width: 1280, height: 900 };

async function waitForPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Runs axe on the page as it is and checks that 320 CSS pixels need no sideways scrolling. */
async function checkPage(page: Page, name: string) {
  await waitForPage(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(violations, `axe violations on ${name}`).toEqual([]);

  await page.setViewportSize(NARROW);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await saveScreenshot(page, `narrow-${name}`);
  await page.setViewportSize(WIDE);
  expect(overflow, `${name} scrolls sideways at 320px`).toBeLessThanOrEqual(0);
}

/** Visits every page in the service navigation except school switching, and checks each. */
async function checkMenuPages(page: Page, role: string) {
  const shell = new AppShell(page);
  const labels = (await shell.menu.getByRole('link').allTextContents()).filter(
    (label) => label !== 'Change school',
  );
  expect(labels.length, `${role} has menu items`).toBeGreaterThan(0);
  for (const label of labels) {
    await shell.menuLink(label).click();
    await checkPage(page, `${role}-${label.toLowerCase().replaceAll(' ', '-')}`);
  }
}

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

test('induction tutor pages pass axe', async ({ page }) => {
  await signInAs(page, 'tutor@oakfield.example');
  await checkMenuPages(page, 'tutor');
});

test('headteacher pages pass axe', async ({ page }) => {
  await signInAs(page, 'head@oakfield.example');
  await checkMenuPages(page, 'headteacher');
});

test('ECT pages pass axe', async ({ page }) => {
  await signInAs(page, 'ect@oakfield.example');
  await checkMenuPages(page, 'ect');

  await page.goto('/no-such-page');
  await checkPage(page, 'not-found');
});

test('mentor pages and forms pass axe', async ({ page }) => {
  await signInAs(page, 'mentor@oakfield.example');
  await checkMenuPages(page, 'mentor');
  const shell = new AppShell(page);

  await shell.menuLink('My ECTs').click();
  await page
    .getByRole('link', { name: /^Sessions and chart/ })
    .first()
    .click();
  await checkPage(page, 'mentor-pairing-sessions');

  await page
    .getByRole('link', { name: /^Change session/ })
    .first()
    .click();
  await checkPage(page, 'mentor-edit-session');
  await page.getByRole('link', { name: /^Back to sessions/ }).click();
  await page
    .getByRole('link', { name: /^Delete session/ })
    .first()
    .click();
  await checkPage(page, 'mentor-delete-session');
  await page.getByRole('link', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Log a session' }).click();
  await checkPage(page, 'mentor-log-session');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await checkPage(page, 'mentor-log-session-errors');

  await shell.menuLink('My concerns').click();
  await page.getByRole('link', { name: 'Raise a concern' }).click();
  await page.getByRole('button', { name: 'Raise concern' }).click();
  await checkPage(page, 'mentor-raise-concern-errors');

  await shell.menuLink('My training').click();
  await page.getByRole('link', { name: 'Log training' }).click();
  await checkPage(page, 'mentor-log-training');
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
