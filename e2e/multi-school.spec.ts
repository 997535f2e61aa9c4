import { expect, test, type APIRequestContext } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import { brookside as brooksideSchool } from '../supabase/seed/schools/brookside.ts';
import { oakfield as oakfieldSchool } from '../supabase/seed/schools/oakfield.ts';
import { AppShell } from './pages/app-shell';
import { RolePage } from './pages/role-pages';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import { SignInPage } from './pages/sign-in-page';
import { DemoPeople } from './support/demo-people';
import { ANON_KEY, DEMO_PASSWORD, E2E_SUPABASE_URL, SERVICE_ROLE_KEY } from './support/env';
import { saveScreenshot } from './support/screenshots';

const people = new DemoPeople(londonToday());

async function postgrest(request: APIRequestContext, table: string, row: object) {
  const response = await request.post(`${E2E_SUPABASE_URL}/rest/v1/${table}`, {
    headers: {
      apikey: SERVICE_ROLE_KEY,
      Authorization: `Bearer ${SERVICE_ROLE_KEY}`,
      Prefer: 'return=representation',
    },
    data: row,
  });
  expect(response.status(), await response.text()).toBe(201);
  const [created] = (await response.json()) as { id: string }[];

  return created?.id ?? '';
}

test('person at two schools picks one', async ({ page, request }) => {
  // A new person, headteacher at Oakfield and a mentor without ECTs at Brookside. Neither role
  // feeds a dashboard figure, so the demo data the other tests check stays as seeded.
  const email = `two-schools-${Date.now()}@e2e.example`;
  const signUp = await request.post(`${E2E_SUPABASE_URL}/auth/v1/signup`, {
    headers: { apikey: ANON_KEY },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const { user } = (await signUp.json()) as { user: { id: string } };
  const oakfieldId = people.schoolId('oakfield');
  const brooksideId = people.schoolId('brookside');
  const staffAtOakfield = await postgrest(request, 'staff', {
    school_id: oakfieldId,
    user_id: user.id,
    full_name: 'Pat Two-Schools',
    email,
    qts_held: true,
  });
  const staffAtBrookside = await postgrest(request, 'staff', {
    school_id: brooksideId,
    user_id: user.id,
    full_name: 'Pat Two-Schools',
    email,
    qts_held: true,
  });
  await postgrest(request, 'school_roles', {
    school_id: oakfieldId,
    staff_id: staffAtOakfield,
    role: 'headteacher',
  });
  await postgrest(request, 'school_roles', {
    school_id: brooksideId,
    staff_id: staffAtBrookside,
    role: 'mentor',
  });

  const signIn = new SignInPage(page);
  const shell = new AppShell(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);

  await expect(page.getByRole('heading', { level: 1, name: 'Choose a school' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).toHaveText([
    brooksideSchool.name,
    oakfieldSchool.name,
  ]);
  await saveScreenshot(page, 'school-picker');

  await page.getByRole('link', { name: brooksideSchool.name }).click();
  const myEcts = new RolePage(page, 'My ECTs');
  await myEcts.expectLoaded('/my-ects');
  await expect(
    page.getByRole('heading', { name: 'You are not mentoring anyone at the moment' }),
  ).toBeVisible();
  await saveScreenshot(page, 'my-ects-empty');

  await shell.menuLink('Change school').click();
  await page.getByRole('link', { name: oakfieldSchool.name }).click();
  const dashboard = new SchoolDashboardPage(page, oakfieldSchool.name);
  await dashboard.expectLoaded();
  await expect(page.getByText('You can see this dashboard as headteacher')).toBeVisible();
});
