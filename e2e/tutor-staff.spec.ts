import { expect, test, type Page } from '@playwright/test';

import { londonToday, addDays } from '../supabase/seed/dates.ts';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { fillDate } from './support/date-input';
import { saveScreenshot } from './support/screenshots';
import { anonClient, serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Invites staff through the pages, then the invited people sign up with the same addresses in
// other capitals, which claims their records.

const today = londonToday();
const stamp = Date.now();
const mentorEmail = `Wren.Ashby.${stamp}@E2E.example`;
const ectEmail = `nell.okoro.${stamp}@e2e.example`;
const headEmail = `Head.${stamp}@e2e.example`;

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

async function addPerson(page: Page, fill: () => Promise<void>) {
  await page.getByRole('link', { name: 'Add a person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a person' })).toBeVisible();
  await fill();
  await page.getByRole('button', { name: 'Add person' }).click();
}

test('tutor invites staff who then claim them', async ({ page }) => {
  school = await createTutorSchool('Staff');
  const db = serviceClient();
  const ectStart = addDays(today, -30);

  await test.step('sign in and open the staff list', async () => {
    await signInToSchool(page, school!);
    await openSection(page, 'Staff');
    await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  });

  await test.step('an empty form lists every missing answer', async () => {
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByRole('button', { name: 'Add person' }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter the person’s full name',
      'Enter the email address the person will sign in with',
      'Select at least one role',
      'Select whether the person holds qualified teacher status (QTS)',
    ]);
    await expect(page).toHaveTitle(/^Error: Add a person/);
    await saveScreenshot(page, 'tutor-add-person-errors');
  });

  await test.step('a bad email is named and what was typed stays', async () => {
    await page.getByLabel('Full name').fill('Wren Ashby');
    await page.getByLabel('Email address').fill('wren.ashby-at-school');
    await page.getByLabel('Mentor', { exact: true }).check();
    await page.getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Add person' }).click();

    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Enter an email address in the correct format, like name@school.example',
    ]);
    await expect(page.getByLabel('Full name')).toHaveValue('Wren Ashby');
    await expect(page.getByLabel('Mentor', { exact: true })).toBeChecked();
    await errorSummary(page).getByRole('link').click();
    await expect(page.getByLabel('Email address')).toBeFocused();
  });

  await test.step('add a mentor with a TRN and a subject', async () => {
    await page.getByLabel('Email address').fill(mentorEmail);
    await page.getByLabel('Teacher reference number (TRN) (optional)').fill('98 765');
    await page.getByLabel('Subject or phase (optional)').fill('Key stage 1');
    await page.getByRole('button', { name: 'Add person' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Wren Ashby' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      `Wren Ashby has been added. They are invited to sign up with ${mentorEmail}.`,
    );
    await expect(page.getByText(`Not signed up with ${mentorEmail} yet.`)).toBeVisible();
    await saveScreenshot(page, 'tutor-person-invited');
  });

  await test.step('the database refuses a TRN recorded for someone else', async () => {
    await openSection(page, 'Staff');
    await addPerson(page, async () => {
      await page.getByLabel('Full name').fill('Copy Cat');
      await page.getByLabel('Email address').fill(`copy.cat.${stamp}@e2e.example`);
      await page.getByLabel('Mentor', { exact: true }).check();
      await page.getByLabel('Teacher reference number (TRN) (optional)').fill('0098765');
      await page.getByLabel('Yes').check();
    });

    const message = `TRN 0098765 is already recorded for Wren Ashby (${mentorEmail}). Check the TRN, or use the email address already recorded for this teacher.`;
    await expect(errorSummary(page).getByRole('link')).toHaveText([message]);
    await expect(page.locator('#trn-error')).toContainText(message);
    await expect(page.getByLabel('Full name')).toHaveValue('Copy Cat');
    await saveScreenshot(page, 'tutor-add-person-database-error');
  });

  await test.step('add a part-time ECT and a headteacher', async () => {
    await page.getByRole('link', { name: 'Cancel' }).click();
    await addPerson(page, async () => {
      await page.getByLabel('Full name').fill('Nell Okoro');
      await page.getByLabel('Email address').fill(ectEmail);
      await page.getByLabel('ECT', { exact: true }).check();
      await page.getByLabel('Yes').check();
      await page.getByLabel('Subject or phase (optional)').fill('key stage 1');
      await fillDate(page, 'Induction start date at this school', ectStart);
      await page.getByLabel('Full-time equivalent (FTE)').fill('0.8');
      await page.getByLabel('School-led').check();
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Nell Okoro' })).toBeVisible();

    await openSection(page, 'Staff');
    await addPerson(page, async () => {
      await page.getByLabel('Full name').fill('Hari Head');
      await page.getByLabel('Email address').fill(headEmail);
      await page.getByLabel('Headteacher', { exact: true }).check();
      await page.getByLabel('Yes').check();
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Hari Head' })).toBeVisible();
  });

  await test.step('the database holds the three invitations', async () => {
    const { data, error } = await db
      .from('staff')
      .select(
        'full_name, email, trn, qts_held, subject_or_phase, user_id, school_roles(role), ect_inductions(started_on, fte, programme, status), mentors(id)',
      )
      .eq('school_id', school!.id)
      .neq('id', school!.tutorStaffId)
      .order('full_name');

    expect(error).toBeNull();
    expect(data).toEqual([
      {
        full_name: 'Hari Head',
        email: headEmail,
        trn: null,
        qts_held: true,
        subject_or_phase: null,
        user_id: null,
        school_roles: [{ role: 'headteacher' }],
        ect_inductions: [],
        mentors: null,
      },
      {
        full_name: 'Nell Okoro',
        email: ectEmail,
        trn: null,
        qts_held: true,
        subject_or_phase: 'key stage 1',
        user_id: null,
        school_roles: [{ role: 'ect' }],
        ect_inductions: [
          { started_on: ectStart, fte: 0.8, programme: 'school_led', status: 'active' },
        ],
        mentors: null,
      },
      {
        full_name: 'Wren Ashby',
        email: mentorEmail,
        trn: '0098765',
        qts_held: true,
        subject_or_phase: 'Key stage 1',
        user_id: null,
        school_roles: [{ role: 'mentor' }],
        ect_inductions: [],
        mentors: { id: expect.any(String) },
      },
    ]);
  });

  await test.step('the staff list shows them as invited', async () => {
    await openSection(page, 'Staff');
    const table = page.getByRole('table', { name: 'People at this school' });
    for (const name of ['Hari Head', 'Nell Okoro', 'Wren Ashby']) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      await expect(row.getByRole('cell').last()).toHaveText('Invited');
    }
    await saveScreenshot(page, 'tutor-staff-list');
  });

  const claimed = new Map<string, string>();
  await test.step('the mentor and the ECT sign up in other capitals', async () => {
    for (const email of [mentorEmail.toLowerCase(), ectEmail.toUpperCase()]) {
      const { data, error } = await anonClient().auth.signUp({
        email,
        password: 'a-new-staff-password',
      });
      expect(error, email).toBeNull();
      claimed.set(email.toLowerCase(), data.user!.id);
    }
  });

  await test.step('their records are claimed; the headteacher is still invited', async () => {
    const { data } = await db
      .from('staff')
      .select('email, user_id')
      .eq('school_id', school!.id)
      .neq('id', school!.tutorStaffId);
    const links = new Map((data ?? []).map((row) => [row.email.toLowerCase(), row.user_id]));

    expect(links.get(mentorEmail.toLowerCase())).toBe(claimed.get(mentorEmail.toLowerCase()));
    expect(links.get(ectEmail.toLowerCase())).toBe(claimed.get(ectEmail.toLowerCase()));
    expect(links.get(headEmail.toLowerCase())).toBeNull();

    await page.reload();
    const table = page.getByRole('table', { name: 'People at this school' });
    const signInCell = (name: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name }) })
        .getByRole('cell')
        .last();
    await expect(signInCell('Wren Ashby')).toHaveText('Signed up');
    await expect(signInCell('Nell Okoro')).toHaveText('Signed up');
    await expect(signInCell('Hari Head')).toHaveText('Invited');
    await expect(page.getByText('4 people, of whom 1 has not signed up yet.')).toBeVisible();
    await saveScreenshot(page, 'tutor-staff-claimed');
  });

  await test.step('the dashboard counts the new ECT, who has no mentor yet', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('Active ECTs')).toHaveText('1');
    await expect(dashboard.tileFigure('ECTs without a mentor')).toHaveText('1');
    await expect(dashboard.ectRowHeaders()).toHaveText(['Nell Okoro']);
    await expect(dashboard.ectFlags('Nell Okoro').first()).toHaveText('No mentor');
  });
});
