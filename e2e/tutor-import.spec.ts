import { expect, test, type Page } from '@playwright/test';

import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { checkPage } from './support/accessibility';
import { saveScreenshot } from './support/screenshots';
import { serviceClient } from './support/service-client';
import {
  createTutorSchool,
  deleteTutorSchool,
  openSection,
  signInToSchool,
  type TutorSchool,
} from './support/tutor-school';

// Imports an MIS export with good rows, bad rows and duplicates, then imports it again.

const stamp = Date.now();
const email = (name: string) => `${name}.${stamp}@e2e.example`;

// As Excel writes "CSV UTF-8": a byte order mark, CRLF line ends, quotes only where needed.
const LINES = [
  // Sam Part's subject holds a line break, so his row takes lines 4 and 5 of the file.
  'Name,Email,Role,TRN,Start date,FTE,Subject or phase,Programme',
  `"Ashworth, Penny",${email('penny')},Mentor,1234560,,,"Year 1, Key stage 1",`,
  `Li Wei,${email('li.wei')},ECT,2345601,01/09/2026,1,Science,Provider-led`,
  `Sam Part,${email('sam.part')},ECT,,05/01/2026,0.5,"Key stage 2\nYear 5",School-led`,
  `"Ola ""Jo"" Bello",${email('ola')},Headteacher; Induction tutor,,,,,`,
  `No Email,,Mentor,,,,,`,
  `Cam Caretaker,${email('cam')},Caretaker,,,,,`,
  `Ed Nostart,${email('ed')},ECT,,,1,,`,
  `Tia Trn,${email('tia')},Mentor,ABC123,,,,`,
  `Li Wei,${email('LI.WEI')},ECT,2345601,01/09/2026,1,Science,Provider-led`,
  `"Ashworth, Penny",${email('penny')},ECT,1234560,01/09/2026,1,,`,
];
const FILE = {
  name: 'staff-export.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${LINES.join('\r\n')}\r\n`, 'utf8'),
};

let school: TutorSchool | undefined;

test.afterEach(async () => {
  await deleteTutorSchool(school);
  school = undefined;
});

function previewRow(page: Page, line: number) {
  return page
    .getByRole('table', { name: 'Rows in the file' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
}

async function chooseFile(page: Page) {
  await openSection(page, 'Staff');
  await page.getByRole('link', { name: 'Import from a CSV file' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import staff from a CSV file' }),
  ).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles(FILE);
  await expect(
    page.getByRole('heading', { name: 'Check the rows in staff-export.csv' }),
  ).toBeVisible();
}

async function versions(schoolId: string) {
  const db = serviceClient();
  const tables = ['staff', 'school_roles', 'mentors', 'ect_inductions'] as const;
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    const { data, error } = await db
      .from(table)
      .select('id, version')
      .eq('school_id', schoolId)
      .order('id');
    expect(error).toBeNull();
    result[table] = data;
  }
  return result;
}

test('tutor imports staff from an MIS export', async ({ page }) => {
  school = await createTutorSchool('Import');
  const db = serviceClient();

  await test.step('the preview shows every row before anything is saved', async () => {
    await signInToSchool(page, school!);
    await chooseFile(page);

    await expect(
      page.getByText(
        '4 rows ready to import; 5 with errors and 1 duplicate, which the import leaves out.',
      ),
    ).toBeVisible();
    await expect(previewRow(page, 2).getByRole('rowheader')).toHaveText('Ashworth, Penny');
    await expect(previewRow(page, 2).getByRole('cell').nth(6)).toHaveText('Year 1, Key stage 1');
    await expect(previewRow(page, 4).getByRole('cell').nth(6)).toHaveText('Key stage 2 Year 5');
    await expect(previewRow(page, 6).getByRole('rowheader')).toHaveText('Ola "Jo" Bello');
    await expect(previewRow(page, 6).getByRole('cell').nth(2)).toHaveText(
      'Headteacher, Induction tutor',
    );
    await expect(previewRow(page, 7)).toContainText('Email address is missing');
    await expect(previewRow(page, 8)).toContainText(
      'Role “Caretaker” is not one of ECT, Mentor, Headteacher, Induction tutor',
    );
    await expect(previewRow(page, 9)).toContainText(
      'Start date is missing: an ECT needs their induction start date',
    );
    await expect(previewRow(page, 10)).toContainText(
      'TRN “ABC123” is not a number of up to 7 digits',
    );
    await expect(previewRow(page, 11)).toContainText('Same as line 3: left out');
    await expect(previewRow(page, 12)).toContainText(
      `Email address ${email('penny')} is also on line 2 with different details`,
    );
    for (const line of [2, 3, 4, 6]) {
      await expect(previewRow(page, line).getByRole('cell').last()).toHaveText('New');
    }
    await saveScreenshot(page, 'tutor-import-preview');
    await checkPage(page, 'tutor-import-preview');

    const { count } = await db
      .from('staff')
      .select('id', { count: 'exact', head: true })
      .eq('school_id', school!.id);
    expect(count).toBe(1);
  });

  await test.step('the import writes the good rows only', async () => {
    await page.getByRole('button', { name: 'Import 4 rows' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'Import finished: 4 added, 0 updated, 0 already up to date.',
    );
    const { data, error } = await db
      .from('staff')
      .select(
        'full_name, email, trn, qts_held, subject_or_phase, school_roles(role), ect_inductions(started_on, fte, programme)',
      )
      .eq('school_id', school!.id)
      .neq('id', school!.tutorStaffId)
      .order('full_name');
    expect(error).toBeNull();
    const sorted = (data ?? []).map((row) => ({
      ...row,
      school_roles: row.school_roles.map((item: { role: string }) => item.role).sort(),
    }));
    expect(sorted).toEqual([
      {
        full_name: 'Ashworth, Penny',
        email: email('penny'),
        trn: '1234560',
        qts_held: false,
        subject_or_phase: 'Year 1, Key stage 1',
        school_roles: ['mentor'],
        ect_inductions: [],
      },
      {
        full_name: 'Li Wei',
        email: email('li.wei'),
        trn: '2345601',
        qts_held: true,
        subject_or_phase: 'Science',
        school_roles: ['ect'],
        ect_inductions: [{ started_on: '2026-09-01', fte: 1, programme: 'provider_led' }],
      },
      {
        full_name: 'Ola "Jo" Bello',
        email: email('ola'),
        trn: null,
        qts_held: false,
        subject_or_phase: null,
        school_roles: ['headteacher', 'induction_tutor'],
        ect_inductions: [],
      },
      {
        full_name: 'Sam Part',
        email: email('sam.part'),
        trn: null,
        qts_held: true,
        subject_or_phase: 'Key stage 2\nYear 5',
        school_roles: ['ect'],
        ect_inductions: [{ started_on: '2026-01-05', fte: 0.5, programme: 'school_led' }],
      },
    ]);
    await saveScreenshot(page, 'tutor-import-done');
  });

  await test.step('importing the same file again changes nothing', async () => {
    const before = await versions(school!.id);
    await chooseFile(page);
    for (const line of [2, 3, 4, 6]) {
      await expect(previewRow(page, line).getByRole('cell').last()).toHaveText('Already recorded');
    }

    await page.getByRole('button', { name: 'Import 4 rows' }).click();

    await expect(page.getByRole('alert')).toContainText(
      'Import finished: 0 added, 0 updated, 4 already up to date.',
    );
    expect(await versions(school!.id)).toEqual(before);
  });

  await test.step('the dashboard counts the two imported ECTs', async () => {
    await openSection(page, 'Dashboard');
    const dashboard = new SchoolDashboardPage(page, school!.name);
    await dashboard.expectLoaded();

    await expect(dashboard.tileFigure('Active ECTs')).toHaveText('2');
    await expect(dashboard.tileFigure('ECTs without a mentor')).toHaveText('2');
    await expect(dashboard.ectRowHeaders()).toHaveText(['Li Wei', 'Sam Part']);
    await expect(dashboard.ectCells('Sam Part').nth(1)).toHaveText('0.5');
  });
});
