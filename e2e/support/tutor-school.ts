// A school of a test's own, so that what the test writes never changes the demo schools'
// figures that other specs check. The demo induction tutor (tutor@oakfield.example) is made
// induction tutor there too, and the school is deleted, with everything in it, afterwards.
import { expect, type Page } from '@playwright/test';

import { oakfield } from '../../supabase/seed/schools/oakfield.ts';
import { serviceClient } from './service-client';
import { signInAs } from './sign-in-as';

export const TUTOR_EMAIL = 'tutor@oakfield.example';

export interface TutorSchool {
  id: string;
  name: string;
  /** The demo tutor's staff row at this school. */
  tutorStaffId: string;
}

interface TestSchoolOptions {
  /** Copy Oakfield's three academic years of term dates; true unless a test adds its own. */
  termDates?: boolean;
}

function must<T>(result: { data: T | null; error: { message: string } | null }, what: string): T {
  if (result.error || result.data === null) {
    throw new Error(`${what} failed: ${result.error?.message ?? 'no data'}`);
  }
  return result.data;
}

/** Returns the demo school's term dates as rows for another school. */
export function oakfieldTermRows(schoolId: string) {
  return oakfield.academicYears.flatMap((year) =>
    ([year.autumn, year.spring, year.summer] as const).map((term, index) => ({
      school_id: schoolId,
      academic_year: year.year,
      term: index + 1,
      starts_on: term.starts,
      half_term_starts_on: term.halfTerm[0],
      half_term_ends_on: term.halfTerm[1],
      ends_on: term.ends,
    })),
  );
}

/** Creates a school named after the test, with the demo tutor as its induction tutor. */
export async function createTutorSchool(
  label: string,
  options: TestSchoolOptions = {},
): Promise<TutorSchool> {
  const db = serviceClient();
  const suffix = `${Date.now()}`.slice(-6);
  const name = `${label} Test School ${suffix}`;
  const tutor = must(
    await db.from('staff').select('user_id').eq('email', TUTOR_EMAIL).limit(1).single(),
    'Finding the demo tutor',
  ) as { user_id: string };
  const body = must(
    await db.from('appropriate_bodies').select('id').order('name').limit(1).single(),
    'Finding an appropriate body',
  ) as { id: string };
  const school = must(
    await db
      .from('schools')
      .insert({
        urn: `97${suffix.slice(-4)}`,
        name,
        phase: 'primary',
        local_authority: 'Leeds',
        appropriate_body_id: body.id,
      })
      .select('id')
      .single(),
    'Creating the test school',
  ) as { id: string };
  if (options.termDates ?? true) {
    must(
      await db.from('term_dates').insert(oakfieldTermRows(school.id)).select('id'),
      'Adding term dates',
    );
  }
  const staff = must(
    await db
      .from('staff')
      .insert({
        school_id: school.id,
        user_id: tutor.user_id,
        full_name: 'Siobhán O’Brien',
        email: TUTOR_EMAIL,
        qts_held: true,
      })
      .select('id')
      .single(),
    'Adding the tutor',
  ) as { id: string };
  must(
    await db
      .from('school_roles')
      .insert({ school_id: school.id, staff_id: staff.id, role: 'induction_tutor' })
      .select('id'),
    'Giving the tutor their role',
  );

  return { id: school.id, name, tutorStaffId: staff.id };
}

/** Deletes the school; every row in it goes too (the foreign keys cascade). */
export async function deleteTutorSchool(school: TutorSchool | undefined) {
  if (!school) {
    return;
  }
  const { error } = await serviceClient().from('schools').delete().eq('id', school.id);
  if (error) {
    throw new Error(`Deleting ${school.name} failed: ${error.message}`);
  }
}

/** Signs in as the demo tutor and opens the test school from the school picker. */
export async function signInToSchool(page: Page, school: TutorSchool) {
  await signInAs(page, TUTOR_EMAIL);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a school' })).toBeVisible();
  await page.getByRole('link', { name: school.name }).click();
  await expect(page).toHaveURL(new RegExp(`/schools/${school.id}/`));
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Opens one of the tutor's sections from the service navigation. */
export async function openSection(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}
