import type { Locator, Page } from '@playwright/test';

/** What the day, month and year boxes of a date input hold. */
export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

/** Finds the GOV.UK date input whose legend is `legend`: a fieldset named by its legend. */
export function dateInput(scope: Page | Locator, legend: string): Locator {
  return scope.getByRole('group', { name: legend, exact: true });
}

/** Types into the day, month and year boxes of the date input with that legend. */
export async function fillDateParts(scope: Page | Locator, legend: string, parts: TypedDate) {
  const group = dateInput(scope, legend);
  await group.getByLabel('Day', { exact: true }).fill(parts.day);
  await group.getByLabel('Month', { exact: true }).fill(parts.month);
  await group.getByLabel('Year', { exact: true }).fill(parts.year);
}

/** Types an ISO date ('2027-03-05') as a person in England would: 5, 3, 2027. */
export async function fillDate(scope: Page | Locator, legend: string, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  await fillDateParts(scope, legend, {
    day: String(Number(day)),
    month: String(Number(month)),
    year,
  });
}

/** Reads what the day, month and year boxes of the date input with that legend hold. */
export async function readDateParts(scope: Page | Locator, legend: string): Promise<TypedDate> {
  const group = dateInput(scope, legend);

  return {
    day: await group.getByLabel('Day', { exact: true }).inputValue(),
    month: await group.getByLabel('Month', { exact: true }).inputValue(),
    year: await group.getByLabel('Year', { exact: true }).inputValue(),
  };
}

/** Reads the date input with that legend as an ISO date, padding the day and month. */
export async function readDate(scope: Page | Locator, legend: string): Promise<string> {
  const { day, month, year } = await readDateParts(scope, legend);

  return `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
}
