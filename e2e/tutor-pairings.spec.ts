import { expect, test, type Page } from '@playwright/test';

import { addDays, londonToday } from '../supabase/seed/dates.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { fillDate, readDate } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  TUTOR_EMAIL,
  type TutorSchool,
} from './support/tutor-school';

// Assigns, changes and ends an ECT's mentor through the pages, with the refusals and warnings
// the tutor sees on the way.

const today = londonToday();
const started = addDays(today, -60);
const changed = addDays(today, -10);
const stamp = Date.now();
const email = (name: string) => `${name}.${stamp}@e2e.example`;

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

async function setUpPeople(schoolId: string) {
  const db = serviceClient();
  const { error } = await db.rpc('save_staff_members', {
    p_school_id: schoolId,
    p_people: [
      {
        full_name: 'Ava Mentor',
        email: email('ava'),
        roles: ['mentor'],
        qts_held: true,
        subject_or_phase: 'Year 2',
      },
      { full_name: 'Ben Noqts', email: email('ben'), roles: ['mentor'], qts_held: false },
      { full_name: 'Siobhán O’Brien', email: TUTOR_EMAIL, roles: ['mentor'] },
      {
        full_name: 'Cara Ect',
        email: email('cara'),
        roles: ['ect', 'mentor'],
        qts_held: true,
        subject_or_phase: 'year 2',
        induction: { started_on: started },
      },
      {
        full_name: 'Dan Earlier',
        email: email('dan'),
        roles: ['ect'],
        qts_held: true,
        induction: { started_on: addDays(today, -400) },
      },
    ],
  });
  expect(error).toBeNull();
  const ids = async (name: string) => {
    const staff = await db
      .from('staff')
      .select('id, ect_inductions(id)')
      .eq('school_id', schoolId)
      .eq('full_name', name)
      .single();
    expect(staff.error).toBeNull();
    return staff.data as { id: string; ect_inductions: { id: string }[] };
  };
  const ava = await ids('Ava Mentor');
  const dan = await ids('Dan Earlier');
  // Ava mentored Dan last year, so she has a previous mentee to list.
  const { data: pairingId, error: assignError } = await db.rpc('assign_mentor', {
    p_ect_induction_id: dan.ect_inductions[0]!.id,
    p_mentor_staff_id: ava.id,
    p_starts_on: addDays(today, -400),
  });
  expect(assignError).toBeNull();
  const ended = await db.rpc('end_pairing', {
    p_pairing_id: pairingId,
    p_ended_on: addDays(today, -100),
    p_reason: 'Dan moved to Year 6',
  });
  expect(ended.error).toBeNull();

  return { cara: await ids('Cara Ect') };
}

async function pairingsOf(inductionId: string) {
  const { data, error } = await serviceClient()
    .from('pairings')
    .select('started_on, ended_on, end_reason, mentor:mentors(staff(full_name))')
    .eq('ect_induction_id', inductionId)
    .order('started_on');
  expect(error).toBeNull();
  return (data ?? []).map((row) => ({
    mentor: (row.mentor as unknown as { staff: { full_name: string } }).staff.full_name,
    started_on: row.started_on,
    ended_on: row.ended_on,
    end_reason: row.end_reason,
  }));
}

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

async function openMentorChoice(page: Page) {
  await openSection(page, 'ECTs');
  await page.getByRole('link', { name: 'Cara Ect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cara Ect' })).toBeVisible();
  await page.getByRole('link', { name: /^(Assign a mentor|Change mentor)$/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a mentor for Cara Ect' }),
  ).toBeVisible();
}

test('tutor assigns, changes and ends a mentor', async ({ page }) => {
  school = await createTutorSchool('Pairings');
  const { cara } = await setUpPeople(school.id);
  const inductionId = cara.ect_inductions[0]!.id;

  await test.step('mentors sharing the ECT’s phase come first, with their history', async () => {
    await signInToSchool(page, school!);
    await openMentorChoice(page);

    const mentorGroup = page.getByRole('group', { name: 'Mentor' });
    await expect(mentorGroup.getByRole('radio')).toHaveCount(4);
    await expect(mentorGroup.locator('.govuk-radios__label').first()).toHaveText('Ava Mentor');
    const avaHint = page.locator('#mentor-item-hint');
    await expect(avaHint).toContainText('Same subject or phase');
    await expect(avaHint).toContainText('mentored before: Dan Earlier');
  });

  await test.step('the induction tutor and a mentor without QTS carry warnings', async () => {
    await page.getByLabel('Siobhán O’Brien').check();
    await expect(page.locator('.govuk-warning-text')).toContainText(
      'Siobhán O’Brien is the induction tutor.',
    );
    await page.getByLabel('Ben Noqts').check();
    await expect(page.locator('.govuk-warning-text')).toContainText(
      'Ben Noqts does not hold QTS and the appropriate body has not confirmed they may mentor.',
    );
    await saveScreenshot(page, 'tutor-choose-mentor-warning');
  });

  await test.step('self-mentoring is refused against the mentor field', async () => {
    await page.getByLabel('Cara Ect').check();
    await fillDate(page, 'Start date', started);
    await page.getByRole('button', { name: 'Save mentor' }).click();

    const message = 'A mentor cannot mentor themself. Choose a different mentor for this ECT.';
    await expect(errorSummary(page).getByRole('link')).toHaveText([message]);
    await expect(page.locator('#mentor-error')).toContainText(message);
    expect(await readDate(page, 'Start date')).toBe(started);
    expect(await pairingsOf(inductionId)).toEqual([]);
  });

  await test.step('assign Ava from the start of the induction', async () => {
    await page.getByLabel('Ava Mentor').check();
    await page.getByRole('button', { name: 'Save mentor' }).click();

    await expect(page.getByRole('alert')).toContainText(
      `Ava Mentor mentors Cara Ect from ${longDate(started)}.`,
    );
    expect(await pairingsOf(inductionId)).toEqual([
      { mentor: 'Ava Mentor', started_on: started, ended_on: null, end_reason: null },
    ]);
  });

  await test.step('change to Ben: Ava’s pairing ends the day before', async () => {
    await page.getByRole('link', { name: 'Change mentor' }).click();
    await page.getByLabel('Ben Noqts').check();
    await fillDate(page, 'Start date', changed);
    await page.getByLabel('Why the mentor is changing (optional)').fill('Ava leads Year 6 now');
    await page.getByRole('button', { name: 'Save mentor' }).click();

    await expect(page.getByRole('alert')).toContainText(`Ben Noqts mentors Cara Ect`);
    expect(await pairingsOf(inductionId)).toEqual([
      {
        mentor: 'Ava Mentor',
        started_on: started,
        ended_on: addDays(changed, -1),
        end_reason: 'Ava leads Year 6 now',
      },
      { mentor: 'Ben Noqts', started_on: changed, ended_on: null, end_reason: null },
    ]);
    const history = page.getByRole('table', { name: 'Mentors' });
    await expect(history.getByRole('rowheader')).toHaveText(['Ben Noqts', 'Ava Mentor']);
    await saveScreenshot(page, 'tutor-induction-mentor-changed');
  });

  await test.step('an overlapping start is refused against the date', async () => {
    await page.getByRole('link', { name: 'Change mentor' }).click();
    await page.getByLabel('Ava Mentor').check();
    await fillDate(page, 'Start date', addDays(changed, -5));
    await page.getByRole('button', { name: 'Save mentor' }).click();

    const message = `This ECT already has a mentor from ${longDate(changed)}. Enter a start date after that pairing’s start, or end that pairing first.`;
    await expect(errorSummary(page).getByRole('link')).toHaveText([message.replace('’', "'")]);
    await expect(page.locator('#starts-on-error')).toContainText('This ECT already has a mentor');
    await expect(page.getByLabel('Ava Mentor')).toBeChecked();
    expect(await pairingsOf(inductionId)).toHaveLength(2);
    await saveScreenshot(page, 'tutor-choose-mentor-overlap');
  });

  await test.step('the dashboard shows Ben and flags his missing QTS check', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    // Cara and Dan are active; Dan's pairing with Ava ended, so he has no mentor.
    await expect(dashboard.tileFigure('Active ECTs')).toHaveText('2');
    await expect(dashboard.tileFigure('ECTs without a mentor')).toHaveText('1');
    await expect(dashboard.ectCells('Cara Ect').nth(2)).toHaveText('Ben Noqts');
    await expect(dashboard.ectFlags('Cara Ect')).toContainText([
      'Mentor has no QTS and no appropriate body check',
    ]);
  });

  await test.step('end Ben’s pairing', async () => {
    await openSection(page, 'ECTs');
    await page.getByRole('link', { name: 'Cara Ect' }).click();
    await page.getByRole('link', { name: 'End this pairing' }).click();
    await fillDate(page, 'Last day of the pairing', addDays(today, -1));
    await page.getByLabel('Why it ends (optional)').fill('Long-term absence');
    await page.getByRole('button', { name: 'End pairing' }).click();

    await expect(page.getByText('No mentor today.')).toBeVisible();
    const pairings = await pairingsOf(inductionId);
    expect(pairings[1]).toEqual({
      mentor: 'Ben Noqts',
      started_on: changed,
      ended_on: addDays(today, -1),
      end_reason: 'Long-term absence',
    });

    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();
    await expect(dashboard.tileFigure('ECTs without a mentor')).toHaveText('2');
    await expect(dashboard.ectFlags('Cara Ect').first()).toHaveText('No mentor');
  });
});
