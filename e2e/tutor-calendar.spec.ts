import { expect, test, type Page } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { checkpointStatus, checkpointWindows } from '../supabase/seed/checkpoints.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { fillDate } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  oakfieldTermRows,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Follows a full-time and a part-time ECT's progress reviews and assessments: the calendar's
// due dates, the dashboard's overdue flag, and recording the reviews that were missed. Expected
// dates come from the seed's calculator (supabase/seed/checkpoints.ts), not from the SQL.

const today = londonToday();
const STARTED = '2025-09-01';
const stamp = Date.now();

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

const STATUS_TEXT = { overdue: 'Overdue', due: 'Due this term', upcoming: 'Upcoming' } as const;

function ukDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function expectedCalendar(schoolId: string, fte: number) {
  return checkpointWindows(oakfieldTermRows(schoolId), STARTED, fte).map((window) => ({
    window,
    status: checkpointStatus(window, false, today),
  }));
}

function calendarRows(page: Page) {
  return page.getByRole('table', { name: 'Induction calendar' }).getByRole('row');
}

async function openInduction(page: Page, name: string) {
  await openSection(page, 'ECTs');
  await page.getByRole('link', { name }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Progress reviews and assessments' }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

test('tutor follows reviews and records missed ones', async ({ page }) => {
  school = await createTutorSchool('Calendar');
  const saved = await serviceClient().rpc('save_staff_members', {
    p_school_id: school.id,
    p_people: [
      {
        full_name: 'Fay Fulltime',
        email: `fay.${stamp}@e2e.example`,
        roles: ['ect'],
        induction: { started_on: STARTED },
      },
      {
        full_name: 'Pip Parttime',
        email: `pip.${stamp}@e2e.example`,
        roles: ['ect'],
        induction: { started_on: STARTED, fte: 0.6 },
      },
    ],
  });
  expect(saved.error).toBeNull();
  const fay = expectedCalendar(school.id, 1);
  const pip = expectedCalendar(school.id, 0.6);
  const fayOverdue = fay.filter((checkpoint) => checkpoint.status === 'overdue');
  const pipOverdue = pip.filter((checkpoint) => checkpoint.status === 'overdue');
  // The school's terms run to July 2027, so by now Fay has missed at least her term 1 review.
  expect(fayOverdue.length).toBeGreaterThan(0);

  await test.step('the full-time calendar has one school term per induction term', async () => {
    await signInToSchool(page, school!);
    await openInduction(page, 'Fay Fulltime');

    for (const { window, status } of fay) {
      const row = calendarRows(page).nth(window.inductionTerm);
      await expect(row.getByRole('rowheader')).toHaveText(`Term ${window.inductionTerm}`);
      await expect(row.getByRole('cell').nth(0)).toHaveText(
        window.kind === 'formal_assessment' ? 'Formal assessment' : 'Progress review',
      );
      await expect(row.getByRole('cell').nth(2)).toHaveText(
        window.dueOn ? ukDate(window.dueOn) : 'Not known',
      );
      await expect(row.getByRole('cell').nth(3)).toHaveText(
        STATUS_TEXT[status as keyof typeof STATUS_TEXT],
      );
    }
  });

  await test.step('the part-time calendar is stretched pro rata', async () => {
    await openInduction(page, 'Pip Parttime');

    for (const { window, status } of pip) {
      const row = calendarRows(page).nth(window.inductionTerm);
      await expect(row.getByRole('cell').nth(1)).toHaveText(
        window.windowStartsOn && window.dueOn
          ? `${ukDate(window.windowStartsOn)} to ${ukDate(window.dueOn)}`
          : 'Term dates not recorded',
      );
      await expect(row.getByRole('cell').nth(3)).toHaveText(
        STATUS_TEXT[status as keyof typeof STATUS_TEXT],
      );
    }
    // 0.6 FTE: the first induction term spans two school terms.
    expect(pip[0]!.window.dueOn).not.toBe(fay[0]!.window.dueOn);
    await saveScreenshot(page, 'tutor-calendar-part-time');
  });

  const overdueEcts = [fayOverdue, pipOverdue].filter((list) => list.length > 0).length;
  await test.step('the dashboard flags both ECTs’ overdue reviews', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('ECTs with a review or assessment overdue')).toHaveText(
      String(overdueEcts),
    );
    await expect(dashboard.ectFlags('Fay Fulltime')).toContainText([
      'Review or assessment overdue',
    ]);
    const first = fayOverdue[0]!.window;
    await expect(dashboard.ectCells('Fay Fulltime').nth(7)).toHaveText(
      `Term ${first.inductionTerm} ${first.kind === 'formal_assessment' ? 'assessment' : 'review'}, due ${ukDate(first.dueOn!)}`,
    );
  });

  await test.step('record Fay’s missed reviews', async () => {
    await openInduction(page, 'Fay Fulltime');
    for (const { window } of fayOverdue) {
      await page
        .getByRole('link', { name: new RegExp(`^Record .* for term ${window.inductionTerm}$`) })
        .click();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'Enter the date it took place',
      );
      await fillDate(page, 'Date it took place', window.dueOn!);
      await page.getByLabel('Yes').check();
      await page
        .getByLabel('Notes (optional)')
        .fill(`Recorded late for term ${window.inductionTerm}`);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert')).toContainText('recorded as done');
      await expect(
        calendarRows(page).nth(window.inductionTerm).getByRole('cell').nth(3),
      ).toHaveText(`Done ${ukDate(window.dueOn!)}`);
    }

    const { data, error } = await serviceClient()
      .from('induction_reviews')
      .select('induction_term, completed_on, on_track, notes')
      .eq('school_id', school!.id)
      .order('induction_term');
    expect(error).toBeNull();
    expect(data).toEqual(
      fayOverdue.map(({ window }) => ({
        induction_term: window.inductionTerm,
        completed_on: window.dueOn,
        on_track: true,
        notes: `Recorded late for term ${window.inductionTerm}`,
      })),
    );
    await saveScreenshot(page, 'tutor-calendar-recorded');
  });

  await test.step('the dashboard no longer flags Fay', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('ECTs with a review or assessment overdue')).toHaveText(
      String(overdueEcts - 1),
    );
    await expect(
      dashboard.ectFlags('Fay Fulltime').filter({ hasText: 'Review or assessment overdue' }),
    ).toHaveCount(0);
  });
});
