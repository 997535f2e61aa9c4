import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { saveScreenshot } from './screenshots';

// WCAG 2.2 level AA, as axe-core 4.11 tags its rules.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NARROW = { width: 320, height: 800 };
const WIDE = { width: 1280, height: 900 };

/** Waits until the page has its heading and no loading message is left. */
export async function waitForPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();

  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/**
 * Runs axe on the page as it is, at full width and at 320 CSS pixels, checks that 320 pixels
 * need no sideways scrolling, and saves a narrow screenshot under `name` for a person to look at.
 */
export async function checkPage(page: Page, name: string) {
  await waitForPage(page);
  expect(await axeViolations(page), `axe violations on ${name}`).toEqual([]);

  await page.setViewportSize(NARROW);
  // Some failures show only at this width: a table that scrolls inside its box must be
  // reachable by keyboard.
  const narrowViolations = await axeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await saveScreenshot(page, `narrow-${name}`);
  await page.setViewportSize(WIDE);
  expect(narrowViolations, `axe violations on ${name} at 320px`).toEqual([]);
  expect(overflow, `${name} scrolls sideways at 320px`).toBeLessThanOrEqual(0);
}
