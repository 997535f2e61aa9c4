import { expect, test, type Page } from '@playwright/test';

import { addDays, londonToday } from '../supabase/seed/dates.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { checkPage } from './support/accessibility';
import { fillDate, readDate } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Records a school's term dates from the typical English year, then a pairing's weekly slot
// and its replacement.

const today = londonToday();
const academicYear =
  Number(today.slice(5, 7)) >= 9 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const yearLabel = `${academicYear} to ${academicYear + 1}`;
const stamp = Date.now();

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

function ukDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

async function termRows(schoolId: string) {
  const { data, error } = await serviceClient()
    .from('term_dates')
    .select('academic_year, term, starts_on, half_term_starts_on, half_term_ends_on, ends_on')
    .eq('school_id', schoolId)
    .order('term');
  expect(error).toBeNull();
  return data;
}

const TERMS = ['Autumn', 'Spring', 'Summer'] as const;
const FIELDS = [
  ['starts_on', 'first day'],
  ['half_term_starts_on', 'half-term starts'],
  ['half_term_ends_on', 'half-term ends'],
  ['ends_on', 'last day'],
] as const;

type TermRow = Record<(typeof FIELDS)[number][0], string> & { academic_year: number; term: number };

/** Reads the twelve dates the form shows, as term_dates rows. */
async function formTerms(page: Page): Promise<TermRow[]> {
  const rows: TermRow[] = [];
  for (const [index, name] of TERMS.entries()) {
    const row = { academic_year: academicYear, term: index + 1 } as TermRow;
    for (const [column, label] of FIELDS) {
      row[column] = await readDate(page, `${name} ${label}`);
    }
    rows.push(row);
  }
  return rows;
}

test('tutor records term dates and a weekly slot', async ({ page }) => {
  school = await createTutorSchool('Timetable', { termDates: false });
  const db = serviceClient();
  let typical: TermRow[] = [];

  await test.step('start the year from typical dates', async () => {
    await signInToSchool(page, school!);
    await openSection(page, 'Term dates');
    await expect(page.getByText('No term dates recorded yet.')).toBeVisible();

    await page.getByRole('button', { name: `Add ${yearLabel}` }).click();
    typical = await formTerms(page);
    await checkPage(page, 'tutor-term-dates-new-year');

    // Every date is filled in and falls in the academic year.
    for (const row of typical) {
      for (const [column] of FIELDS) {
        expect(row[column] >= `${academicYear}-08-01`, `${row.term} ${column}`).toBe(true);
        expect(row[column] <= `${academicYear + 1}-08-31`, `${row.term} ${column}`).toBe(true);
      }
    }
  });

  await test.step('a half-term before the term starts is named', async () => {
    await fillDate(page, 'Autumn half-term starts', addDays(typical[0]!.starts_on, -1));
    await page.getByRole('button', { name: `Save ${yearLabel}` }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'The autumn half-term must start after the first day of term',
    ]);
    expect(await readDate(page, 'Autumn half-term starts')).toBe(
      addDays(typical[0]!.starts_on, -1),
    );
    await saveScreenshot(page, 'tutor-term-dates-error');
    await checkPage(page, 'tutor-term-dates-errors');
  });

  await test.step('save the year', async () => {
    await fillDate(page, 'Autumn half-term starts', typical[0]!.half_term_starts_on);
    await page.getByRole('button', { name: `Save ${yearLabel}` }).click();

    await expect(page.getByRole('alert')).toContainText(
      `Term dates for ${yearLabel} have been saved.`,
    );
    expect(await termRows(school!.id)).toEqual(typical);
    const table = page.getByRole('table', { name: new RegExp(`^${yearLabel}`) });
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(
      [
        typical[0]!.starts_on,
        typical[0]!.half_term_starts_on,
        typical[0]!.half_term_ends_on,
        typical[0]!.ends_on,
      ].map(ukDate),
    );
  });

  await test.step('change the spring term to the local authority’s dates', async () => {
    await page.getByRole('button', { name: `Change ${yearLabel}` }).click();
    const springEnd = addDays(typical[1]!.ends_on, 1);
    await fillDate(page, 'Spring last day', springEnd);
    await page.getByRole('button', { name: `Save ${yearLabel}` }).click();

    await expect(page.getByRole('alert')).toContainText('have been saved');
    const rows = await termRows(school!.id);
    expect(rows?.[1]?.ends_on).toBe(springEnd);
    await saveScreenshot(page, 'tutor-term-dates');
  });

  const started = addDays(today, -30);
  await test.step('set up an ECT with a mentor', async () => {
    const saved = await db.rpc('save_staff_members', {
      p_school_id: school!.id,
      p_people: [
        {
          full_name: 'Ava Mentor',
          email: `ava.${stamp}@e2e.example`,
          roles: ['mentor'],
          qts_held: true,
        },
        {
          full_name: 'Tom Slot',
          email: `tom.${stamp}@e2e.example`,
          roles: ['ect'],
          induction: { started_on: started },
        },
      ],
    });
    expect(saved.error).toBeNull();
    const { data: staff } = await db
      .from('staff')
      .select('id, full_name, ect_inductions(id)')
      .eq('school_id', school!.id);
    const ava = staff!.find((row) => row.full_name === 'Ava Mentor')!;
    const tom = staff!.find((row) => row.full_name === 'Tom Slot')!;
    const assigned = await db.rpc('assign_mentor', {
      p_ect_induction_id: (tom.ect_inductions as { id: string }[])[0]!.id,
      p_mentor_staff_id: ava.id,
      p_starts_on: started,
    });
    expect(assigned.error).toBeNull();
  });

  await test.step('add a weekly slot from last week', async () => {
    await openSection(page, 'ECTs');
    await page.getByRole('link', { name: 'Tom Slot' }).click();
    await expect(
      page.getByText('No slot in effect today with Ava Mentor: the dashboard flags this.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Add a weekly slot' }).click();
    await page.getByRole('button', { name: 'Add slot' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Select the day of the week',
      'Enter the start time, like 14:30',
      'Enter the length in whole minutes, from 5 to 240',
      'Select whether the slot is in teaching hours',
    ]);

    await page.getByLabel('Tuesday').check();
    await page.getByLabel('Start time').fill('14:30');
    await page.getByLabel('Length in minutes').fill('45');
    await page
      .getByRole('group', { name: 'Is the slot in teaching hours?' })
      .getByLabel('Yes')
      .check();
    await fillDate(page, 'First day the slot applies', addDays(today, -7));
    await page.getByRole('button', { name: 'Add slot' }).click();

    await expect(page.getByRole('alert')).toContainText(
      'The weekly slot with Ava Mentor has been added.',
    );
    await expect(
      page.getByText('45 minutes a week timetabled with Ava Mentor today.'),
    ).toBeVisible();
  });

  await test.step('replace it with a shorter slot before school from today', async () => {
    await page.getByRole('link', { name: 'Add a weekly slot' }).click();
    await page.getByLabel('Thursday').check();
    await page.getByLabel('Start time').fill('08:00');
    await page.getByLabel('Length in minutes').fill('30');
    await page
      .getByRole('group', { name: 'Is the slot in teaching hours?' })
      .getByLabel('No')
      .check();
    await fillDate(page, 'First day the slot applies', today);
    await expect(page.getByLabel(/^Replace Tuesday 14:30, 45 minutes/)).toBeChecked();
    await page.getByRole('button', { name: 'Add slot' }).click();

    await expect(page.getByRole('alert')).toContainText('has been added');
    const { data: slots } = await db
      .from('timetable_slots')
      .select('weekday, starts_at, minutes, in_teaching_hours, effective_from, effective_to')
      .eq('school_id', school!.id)
      .order('effective_from');
    expect(slots).toEqual([
      {
        weekday: 2,
        starts_at: '14:30:00',
        minutes: 45,
        in_teaching_hours: true,
        effective_from: addDays(today, -7),
        effective_to: addDays(today, -1),
      },
      {
        weekday: 4,
        starts_at: '08:00:00',
        minutes: 30,
        in_teaching_hours: false,
        effective_from: today,
        effective_to: null,
      },
    ]);
    await saveScreenshot(page, 'tutor-induction-slots');
  });

  await test.step('the dashboard shows the slot and flags its hour', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('Pairings with a timetabled slot')).toHaveText('1 of 1');
    await expect(dashboard.ectCells('Tom Slot').nth(5)).toHaveText('30 minutes');
    await expect(dashboard.ectFlags('Tom Slot')).toContainText(['Slot outside teaching hours']);
  });
});
