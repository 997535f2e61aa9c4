import { expect, test, type Page } from '@playwright/test';

import { addDays, londonToday } from '../supabase/seed/dates.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { fillDate } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Changes an ECT's induction details and status through the pages: a move to another school
// ends the mentoring but keeps the history, and a pause takes the ECT off the dashboard.

const today = londonToday();
const started = addDays(today, -90);
const stamp = Date.now();
const email = (name: string) => `${name}.${stamp}@e2e.example`;

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

async function setUp(schoolId: string) {
  const db = serviceClient();
  const saved = await db.rpc('save_staff_members', {
    p_school_id: schoolId,
    p_people: [
      { full_name: 'Ava Mentor', email: email('ava'), roles: ['mentor'], qts_held: true },
      {
        full_name: 'Eve Stays',
        email: email('eve'),
        roles: ['ect'],
        induction: { started_on: started },
      },
      {
        full_name: 'Max Mover',
        email: email('max'),
        roles: ['ect'],
        induction: { started_on: started },
      },
    ],
  });
  expect(saved.error).toBeNull();
  const { data: people } = await db
    .from('staff')
    .select('id, full_name, ect_inductions(id)')
    .eq('school_id', schoolId);
  const byName = new Map((people ?? []).map((row) => [row.full_name, row]));
  const inductionOf = (name: string) =>
    (byName.get(name)!.ect_inductions as { id: string }[])[0]!.id;
  const pairing = await db.rpc('assign_mentor', {
    p_ect_induction_id: inductionOf('Max Mover'),
    p_mentor_staff_id: byName.get('Ava Mentor')!.id,
    p_starts_on: started,
  });
  expect(pairing.error).toBeNull();
  const slot = await db.from('timetable_slots').insert({
    school_id: schoolId,
    pairing_id: pairing.data,
    weekday: 3,
    starts_at: '13:30',
    minutes: 45,
    in_teaching_hours: true,
    effective_from: started,
  });
  expect(slot.error).toBeNull();

  return {
    max: inductionOf('Max Mover'),
    eve: inductionOf('Eve Stays'),
    maxPairing: pairing.data as string,
  };
}

async function openInduction(page: Page, name: string) {
  await openSection(page, 'ECTs');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

test('tutor changes induction details and status', async ({ page }) => {
  school = await createTutorSchool('Inductions');
  const ids = await setUp(school.id);
  const db = serviceClient();
  const movedOn = addDays(today, -1);

  await test.step('the status form names what is missing', async () => {
    await signInToSchool(page, school!);
    await openInduction(page, 'Max Mover');
    await page.getByRole('link', { name: 'Change status' }).click();
    await page.getByRole('button', { name: 'Save status' }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Select the new status',
      'Enter the date the status changed',
    ]);
  });

  await test.step('a move to another school needs the school and a date in the induction', async () => {
    await page.getByLabel('Moved school').check();
    await fillDate(page, 'Date of the change', addDays(started, -1));
    await page.getByRole('button', { name: 'Save status' }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      /^The date must be on or after the induction started/,
      'Enter the school the ECT moved to',
    ]);
    await expect(page.getByLabel('Moved school')).toBeChecked();
  });

  await test.step('record the move', async () => {
    await fillDate(page, 'Date of the change', movedOn);
    await page.getByLabel('School the ECT moved to').fill('Riverside All-Through School, Leeds');
    await page.getByRole('button', { name: 'Save status' }).click();

    await expect(page.getByRole('alert')).toContainText(
      'Max Mover’s induction is now recorded as moved school.',
    );
    const induction = await db
      .from('ect_inductions')
      .select('status, status_changed_on, status_reason')
      .eq('id', ids.max)
      .single();
    expect(induction.data).toEqual({
      status: 'moved_school',
      status_changed_on: movedOn,
      status_reason: 'Riverside All-Through School, Leeds',
    });
    const pairing = await db
      .from('pairings')
      .select('ended_on, end_reason')
      .eq('id', ids.maxPairing)
      .single();
    expect(pairing.data).toEqual({ ended_on: movedOn, end_reason: 'The ECT moved school' });
    const slot = await db
      .from('timetable_slots')
      .select('effective_to')
      .eq('pairing_id', ids.maxPairing)
      .single();
    expect(slot.data).toEqual({ effective_to: movedOn });
  });

  await test.step('the record keeps its history', async () => {
    await expect(page.getByText('No mentor today.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Change mentor' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Mentors' }).getByRole('rowheader')).toHaveText([
      'Ava Mentor',
    ]);
    const history = page.getByRole('table', { name: 'Status history' });
    await expect(history.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      started.split('-').reverse().join('/'),
      'Active',
      '',
      /\d\d\/\d\d\/\d{4}/,
    ]);
    await expect(history.getByRole('row').nth(2).getByRole('cell')).toHaveText([
      movedOn.split('-').reverse().join('/'),
      'Moved school',
      'Riverside All-Through School, Leeds',
      /\d\d\/\d\d\/\d{4}/,
    ]);
    await saveScreenshot(page, 'tutor-induction-moved');
  });

  await test.step('change Eve’s FTE, with the statutory reduction checked', async () => {
    await openInduction(page, 'Eve Stays');
    await page.getByRole('link', { name: 'Change induction details' }).click();
    await page.getByLabel('Full-time equivalent (FTE)').fill('0');
    await page.getByLabel('Timetable reduction in year one (%)').fill('8');
    await page.getByRole('button', { name: 'Save induction details' }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter the FTE as a number from 0.1 to 1, like 0.6',
      'The statutory minimum reduction in year one is 10%',
    ]);
    await page.getByLabel('Full-time equivalent (FTE)').fill('0.5');
    await page.getByLabel('Timetable reduction in year one (%)').fill('12');
    await page.getByRole('button', { name: 'Save induction details' }).click();

    await expect(page.getByRole('alert')).toContainText(
      'Eve Stays’s induction details have been saved.',
    );
    const induction = await db
      .from('ect_inductions')
      .select('fte, year_one_reduction_percent')
      .eq('id', ids.eve)
      .single();
    expect(induction.data).toEqual({ fte: 0.5, year_one_reduction_percent: 12 });
  });

  await test.step('a pause takes Eve off the dashboard until she resumes', async () => {
    await page.getByRole('link', { name: 'Change status' }).click();
    await page.getByLabel('Paused').check();
    await fillDate(page, 'Date of the change', addDays(today, -3));
    await page.getByRole('button', { name: 'Save status' }).click();
    await expect(page.getByRole('alert')).toContainText('now recorded as paused');

    await openSection(page, 'Dashboard');
    await expect(page.getByRole('heading', { name: 'No active ECTs' })).toBeVisible();

    await openInduction(page, 'Eve Stays');
    await page.getByRole('link', { name: 'Change status' }).click();
    await page.getByLabel('Active').check();
    await fillDate(page, 'Date of the change', today);
    await page.getByRole('button', { name: 'Save status' }).click();
    await expect(page.getByRole('alert')).toContainText('now recorded as active');

    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();
    await expect(dashboard.tileFigure('Active ECTs')).toHaveText('1');
    await expect(dashboard.ectRowHeaders()).toHaveText(['Eve Stays']);
    await expect(dashboard.ectCells('Eve Stays').nth(1)).toHaveText('0.5');
  });
});
