import { expect, test, type Page } from '@playwright/test';

import { addDays, londonToday } from '../supabase/seed/dates.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { dateInput, fillDate, fillDateParts, readDateParts } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Handles a mentor's concern from triage to escalation, and raises and resolves another.

const today = londonToday();
const stamp = Date.now();
const email = (name: string) => `${name}.${stamp}@e2e.example`;
// Noon in England ten days ago, so the age is the same whatever the hour of the run.
const raisedOn = addDays(today, -10);

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

function concernRow(page: Page, summary: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: summary }) });
}

async function setUp(schoolId: string) {
  const db = serviceClient();
  const saved = await db.rpc('save_staff_members', {
    p_school_id: schoolId,
    p_people: [
      { full_name: 'Ava Mentor', email: email('ava'), roles: ['mentor'], qts_held: true },
      { full_name: 'Hari Head', email: email('hari'), roles: ['headteacher'], qts_held: true },
      {
        full_name: 'Cara Ect',
        email: email('cara'),
        roles: ['ect'],
        induction: { started_on: addDays(today, -60) },
      },
    ],
  });
  expect(saved.error).toBeNull();
  const { data: staff } = await db
    .from('staff')
    .select('id, full_name, mentors(id), ect_inductions(id)')
    .eq('school_id', schoolId);
  const ava = staff!.find((row) => row.full_name === 'Ava Mentor')!;
  const cara = staff!.find((row) => row.full_name === 'Cara Ect')!;
  const inductionId = (cara.ect_inductions as { id: string }[])[0]!.id;
  const concern = await db
    .from('concerns')
    .insert({
      school_id: schoolId,
      subject: 'ect_progress',
      ect_induction_id: inductionId,
      summary: 'Lesson planning is taking every evening',
      details: 'Cara says she plans until 10pm most nights.',
      raised_by_staff_id: ava.id,
      raised_at: `${raisedOn}T12:00:00+00:00`,
    })
    .select('id')
    .single();
  expect(concern.error).toBeNull();
  const body = await db.from('schools').select('appropriate_body_id').eq('id', schoolId).single();

  return {
    concernId: (concern.data as { id: string }).id,
    inductionId,
    headId: staff!.find((row) => row.full_name === 'Hari Head')!.id,
    bodyId: (body.data as { appropriate_body_id: string }).appropriate_body_id,
  };
}

async function concernInDb(id: string) {
  const { data, error } = await serviceClient()
    .from('concerns')
    .select(
      'status, priority, assigned_to_staff_id, escalated_on, escalated_to_appropriate_body_id, resolved_at, resolution',
    )
    .eq('id', id)
    .single();
  expect(error).toBeNull();
  return data;
}

test('tutor triages, escalates and resolves concerns', async ({ page }) => {
  school = await createTutorSchool('Concerns');
  const ids = await setUp(school.id);
  const older = 'Lesson planning is taking every evening';

  await test.step('the open concern shows its age', async () => {
    await signInToSchool(page, school!);
    await openSection(page, 'Concerns');

    await expect(concernRow(page, older).getByRole('cell')).toHaveText([
      'Cara Ect’s progress',
      raisedOn.split('-').reverse().join('/'),
      '10 days',
      'Not triaged',
      'Open',
      'Nobody',
    ]);
  });

  await test.step('triage: high priority, assigned to the headteacher', async () => {
    await page.getByRole('link', { name: older }).click();
    await page.getByRole('link', { name: 'Triage' }).click();
    await page.getByRole('button', { name: 'Save triage' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Select a priority',
      'Select who will handle the concern',
    ]);

    await page.getByLabel('High').check();
    await page.getByLabel('Assigned to').selectOption({ label: 'Hari Head' });
    await page.getByRole('button', { name: 'Save triage' }).click();

    await expect(page.getByRole('alert')).toContainText(
      'The concern is high priority and assigned to Hari Head.',
    );
    expect(await concernInDb(ids.concernId)).toMatchObject({
      status: 'in_progress',
      priority: 'high',
      assigned_to_staff_id: ids.headId,
    });
  });

  await test.step('notes are kept with their author', async () => {
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Enter the note']);

    await page.getByLabel('Add a note').fill('Agreed to share Year 3 plans from last year.');
    await page.getByRole('button', { name: 'Add note' }).click();

    const notes = page.getByRole('list', { name: 'Notes, newest first' });
    await expect(notes.getByRole('listitem')).toHaveCount(1);
    await expect(notes).toContainText('Siobhán O’Brien');
    await expect(notes).toContainText('Agreed to share Year 3 plans from last year.');
    await expect(page.getByLabel('Add a note')).toHaveValue('');
    const { data } = await serviceClient()
      .from('concern_notes')
      .select('body, author_staff_id')
      .eq('concern_id', ids.concernId);
    expect(data).toEqual([
      {
        body: 'Agreed to share Year 3 plans from last year.',
        author_staff_id: school!.tutorStaffId,
      },
    ]);
  });

  await test.step('escalate to the appropriate body', async () => {
    await page.getByRole('link', { name: 'Escalate to the appropriate body' }).click();
    // 31 February does not exist: the error names the field and the typed text stays.
    const impossible = { day: '31', month: '2', year: today.slice(0, 4) };
    await fillDateParts(page, 'Date escalated', impossible);
    await page.getByRole('button', { name: 'Record escalation' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Date escalated must be a real date',
    ]);
    await expect(dateInput(page, 'Date escalated')).toContainText(
      'Error: Date escalated must be a real date',
    );
    expect(await readDateParts(page, 'Date escalated')).toEqual(impossible);
    await errorSummary(page).getByRole('link').click();
    await expect(dateInput(page, 'Date escalated').getByLabel('Day')).toBeFocused();

    // A partly filled date is an error, not an empty one.
    await fillDateParts(page, 'Date escalated', { day: '3', month: '', year: '' });
    await page.getByRole('button', { name: 'Record escalation' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Date escalated must include a month and year',
    ]);

    await fillDate(page, 'Date escalated', addDays(raisedOn, -1));
    await page.getByRole('button', { name: 'Record escalation' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      /^The date must be on or after the concern was raised/,
    ]);

    await fillDate(page, 'Date escalated', today);
    await page.getByRole('button', { name: 'Record escalation' }).click();

    await expect(page.getByRole('alert')).toContainText('The concern was escalated to');
    expect(await concernInDb(ids.concernId)).toMatchObject({
      status: 'escalated',
      escalated_on: today,
      escalated_to_appropriate_body_id: ids.bodyId,
    });
    await saveScreenshot(page, 'tutor-concern-escalated');
  });

  let newConcernId = '';
  await test.step('raise a concern about the mentor’s time', async () => {
    await openSection(page, 'Concerns');
    await page.getByRole('link', { name: 'Raise a concern' }).click();
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Select what the concern is about',
      'Enter a summary of the concern',
    ]);

    await page.getByLabel('A mentor’s time or capacity').check();
    await page.getByLabel('Mentor', { exact: true }).selectOption({ label: 'Ava Mentor' });
    await page.getByLabel('Summary').fill('Mentor slot keeps being cancelled for cover');
    await page.getByRole('button', { name: 'Raise concern' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Mentor slot keeps being cancelled for cover' }),
    ).toBeVisible();
    newConcernId = page.url().split('/').pop()!;
    const raised = await serviceClient()
      .from('concerns')
      .select('subject, status, raised_by_staff_id')
      .eq('id', newConcernId)
      .single();
    expect(raised.data).toEqual({
      subject: 'mentor_capacity',
      status: 'open',
      raised_by_staff_id: school!.tutorStaffId,
    });
  });

  await test.step('resolve it with an outcome', async () => {
    await page.getByRole('link', { name: 'Resolve' }).click();
    await page.getByRole('button', { name: 'Resolve concern' }).click();
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter the outcome: what was done and how it ended',
    ]);

    await page.getByLabel('Outcome').fill('Cover rota changed so Ava keeps Tuesday afternoons.');
    await page.getByRole('button', { name: 'Resolve concern' }).click();

    await expect(page.getByRole('alert')).toContainText('The concern is resolved.');
    expect(await concernInDb(newConcernId)).toMatchObject({
      status: 'resolved',
      resolution: 'Cover rota changed so Ava keeps Tuesday afternoons.',
      resolved_at: expect.any(String),
    });
  });

  await test.step('the dashboard counts the escalated concern, 10 days old', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('Open concerns')).toHaveText('1');
    await expect(dashboard.tileDetail('Open concerns')).toHaveText('Oldest open for 10 days');
    await expect(dashboard.ectCells('Cara Ect').nth(6)).toHaveText('1');
  });
});
