import { expect, test, type Page } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { expectedDashboard, type ExpectedDashboard } from '../supabase/seed/expected.ts';
import { brookside as brooksideSchool } from '../supabase/seed/schools/brookside.ts';
import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { AppShell } from './pages/app-shell';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { SignInPage } from './pages/sign-in-page';
import { DEMO_PASSWORD } from './support/env';
import { expectedRowText, expectedTileText } from './support/expected-text';
import { saveScreenshot } from './support/screenshots';

// The app requests figures as of today in England, and the stand-in seeded its database
// relative to the same day, so the seed's calculator gets today too.
const today = londonToday();
const oakfield = expectedDashboard('oakfield', today);
const brookside = expectedDashboard('brookside', today);

async function expectDashboardFigures(dashboard: SchoolDashboardPage, expected: ExpectedDashboard) {
  for (const tile of expectedTileText(expected.tiles, expected.checkpoints)) {
    await expect(dashboard.tileFigure(tile.label), tile.label).toHaveText(tile.figure);
    if (tile.detail) {
      await expect(dashboard.tileDetail(tile.label), tile.label).toHaveText(tile.detail);
    }
  }

  const rows = expected.ects.map((row) => expectedRowText(row, expected.checkpoints));
  await expect(dashboard.ectRowHeaders()).toHaveText(rows.map((row) => row.name));
  for (const row of rows) {
    const cells = dashboard.ectCells(row.name);
    await expect(cells, row.name).toHaveText([...row.cells, row.flags.length ? /.+/ : 'None']);
    if (row.flags.length > 0) {
      await expect(dashboard.ectFlags(row.name), row.name).toHaveText(row.flags);
    }
  }
}

async function expectNoBrokenFigures(page: Page) {
  await expect(page.getByRole('main')).not.toContainText(/\bNaN\b|\bundefined\b|\bnull\b/);
}

test('tutors see only their own school', async ({ page }) => {
  const signIn = new SignInPage(page);
  const shell = new AppShell(page);

  await test.step('Oakfield tutor signs in and lands on the dashboard', async () => {
    await signIn.goto();
    await saveScreenshot(page, 'sign-in');
    await signIn.signIn('tutor@oakfield.example', DEMO_PASSWORD);
  });

  const oakfieldDashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await test.step('Oakfield figures match the seed calculator', async () => {
    await oakfieldDashboard.expectLoaded();
    await expectDashboardFigures(oakfieldDashboard, oakfield);
    await expectNoBrokenFigures(page);
    await saveScreenshot(page, 'dashboard-oakfield');
  });

  await test.step('the demo flags each show on some Oakfield ECT', async () => {
    // Oakfield's demo data raises several different flags. Finding each label on the page
    // guards the row-by-row check above against a tag that renders empty.
    const flags = oakfield.ects.flatMap((row) => expectedRowText(row, oakfield.checkpoints).flags);
    expect(new Set(flags).size).toBeGreaterThanOrEqual(3);
    for (const flag of new Set(flags)) {
      await expect(
        oakfieldDashboard.ectTable.getByText(flag, { exact: true }).first(),
      ).toBeVisible();
    }
  });

  await test.step('sign-out returns to the sign-in page', async () => {
    await shell.signOut();
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText(oakfieldSchool.name)).toHaveCount(0);
  });

  await test.step('Brookside tutor sees Brookside and nothing of Oakfield', async () => {
    await signIn.signIn('tutor@brookside.example', DEMO_PASSWORD);
    const brooksideDashboard = new SchoolDashboardPage(page, brooksideSchool.name);
    await brooksideDashboard.expectLoaded();
    await expectDashboardFigures(brooksideDashboard, brookside);
    await expectNoBrokenFigures(page);

    await expect(page.getByText('Oakfield', { exact: false })).toHaveCount(0);
    const brooksideNames = new Set(brookside.ects.map((row) => row.ect_name));
    for (const row of oakfield.ects) {
      if (brooksideNames.has(row.ect_name)) {
        continue;
      }
      await expect(page.getByText(row.ect_name), row.ect_name).toHaveCount(0);
    }
    await saveScreenshot(page, 'dashboard-brookside');
  });

  await test.step('after sign-out the dashboard URL asks for sign-in again', async () => {
    const dashboardUrl = page.url();
    await shell.signOut();
    await page.goto(dashboardUrl);
    await expect(signIn.heading).toBeVisible();
  });
});
