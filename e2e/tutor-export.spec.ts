import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { expectedDashboard, type ExpectedCheckpointRow } from '../supabase/seed/expected.ts';
import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { expectedRowText, figure } from './support/expected-text';
import { saveScreenshot } from './support/screenshots';
import { signInAs } from './support/sign-in-as';
import { TUTOR_EMAIL } from './support/tutor-school';

// Downloads the Oakfield dashboard's tables as CSV and prints it. Reading changes nothing, so
// the demo school serves; the expected rows come from the seed's calculator.

const today = londonToday();
const expected = expectedDashboard('oakfield', today);

function ukDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** Writes a CSV field as RFC 4180 does: quoted when it contains a comma, quote or line break. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function nextCheckpoint(checkpoint: ExpectedCheckpointRow | undefined): string {
  if (!checkpoint || checkpoint.next_checkpoint_term === null) {
    return 'All recorded';
  }
  const kind = checkpoint.next_checkpoint_kind === 'formal_assessment' ? 'assessment' : 'review';
  const due = checkpoint.next_checkpoint_due_on;
  return `Term ${checkpoint.next_checkpoint_term} ${kind}, ${due ? `due ${ukDate(due)}` : 'due date not known'}`;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('tutor exports and prints the dashboard', async ({ page }) => {
  await signInAs(page, TUTOR_EMAIL);
  const dashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await dashboard.expectLoaded();

  await test.step('the ECT table downloads as CSV for Excel', async () => {
    const { name, text } = await download(page, 'Download the ECT table (CSV)');

    expect(name).toBe(`oakfield-primary-school-${today}-ects.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(
      'ECT,Induction year,Induction term,FTE,Mentor,Last session,Sessions held this term,' +
        'Sessions expected this term,Timetabled minutes a week,Open concerns,' +
        'Next review or assessment,Reviews or assessments overdue,Flags',
    );
    const rows = expected.ects.map((row) => {
      const checkpoint = expected.checkpoints.find(
        (item) => item.ect_induction_id === row.ect_induction_id,
      );
      return [
        row.ect_name,
        row.induction_year,
        row.induction_term,
        row.fte,
        row.mentor_name ?? '',
        row.last_session_on ? ukDate(row.last_session_on) : '',
        row.sessions_this_term,
        row.expected_this_term,
        row.timetabled_minutes_per_week,
        row.open_concerns,
        nextCheckpoint(checkpoint),
        checkpoint?.checkpoints_overdue ?? 0,
        expectedRowText(row, expected.checkpoints).flags.join('; '),
      ]
        .map(field)
        .join(',');
    });
    expect(lines.slice(1)).toEqual(rows);
  });

  await test.step('the figures download as CSV too', async () => {
    const { name, text } = await download(page, 'Download the figures (CSV)');
    const tiles = expected.tiles;
    const overdue = expected.checkpoints.filter((row) => row.flag_checkpoint_overdue).length;
    const due = expected.checkpoints.filter((row) => row.flag_checkpoint_due).length;

    expect(name).toBe(`oakfield-primary-school-${today}-figures.csv`);
    expect(text).toBe(
      '\uFEFF' +
        [
          'Figure,Value,Of',
          `Active ECTs,${tiles.active_ects},`,
          `ECTs without a mentor,${tiles.ects_without_mentor},`,
          `Sessions held in the last 4 term weeks,${tiles.sessions_held_last_4_weeks},${figure(tiles.sessions_expected_last_4_weeks, 2)}`,
          `ECTs with no session for over 2 term weeks,${tiles.ects_without_recent_session},`,
          `Pairings with a timetabled slot,${tiles.pairings_with_slot},${tiles.active_pairings}`,
          `ECTs with a review or assessment overdue,${overdue},`,
          `ECTs with a review or assessment due this term,${due},`,
          `Open concerns,${tiles.open_concerns},`,
          `Days the oldest open concern has been open,${tiles.oldest_open_concern_days ?? ''},`,
        ]
          .map((line) => `${line}\r\n`)
          .join(''),
    );
  });

  await test.step('print opens the browser’s print dialog', async () => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print this dashboard' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });

  await test.step('the printout leaves out navigation and buttons', async () => {
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this dashboard' })).toBeHidden();
    await expect(dashboard.heading).toBeVisible();
    await expect(dashboard.ectTable).toBeVisible();
    await expect(dashboard.tiles).toBeVisible();
    await saveScreenshot(page, 'tutor-dashboard-print');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
  });
});
