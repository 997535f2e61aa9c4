// Academic calendars for generated schools: bank holidays in England and each school's three
// terms a year with their half-terms, following the pattern of the demo seed's calendars.

import type { TermDates } from '../../supabase/seed/calendar.ts';
import { addDays, isoWeekday, type IsoDate } from '../../supabase/seed/dates.ts';
import type { Random } from './random.ts';

function date(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

/** Returns the first `weekday` (ISO, 1 = Monday) on or after `day`. */
function onOrAfter(day: IsoDate, weekday: number): IsoDate {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** Returns the last `weekday` on or before `day`. */
function onOrBefore(day: IsoDate, weekday: number): IsoDate {
  return addDays(day, -((isoWeekday(day) - weekday + 7) % 7));
}

/**
 * Lists the bank holidays of England and Wales in a calendar year, with the substitute days
 * that move a holiday off a weekend. One-off holidays (coronations, jubilees) are not included.
 */
export function bankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const newYear = date(year, 1, 1);
  const days = [
    isoWeekday(newYear) >= 6 ? onOrAfter(newYear, 1) : newYear,
    addDays(easter, -2),
    addDays(easter, 1),
    onOrAfter(date(year, 5, 1), 1),
    onOrBefore(date(year, 5, 31), 1),
    onOrBefore(date(year, 8, 31), 1),
  ];
  // Christmas and Boxing Day: a holiday on a weekend moves to the next free weekday.
  const christmas = date(year, 12, 25);
  const christmasWeekday = isoWeekday(christmas);
  if (christmasWeekday === 5) days.push(christmas, date(year, 12, 28));
  else if (christmasWeekday === 6) days.push(date(year, 12, 27), date(year, 12, 28));
  else if (christmasWeekday === 7) days.push(date(year, 12, 26), date(year, 12, 27));
  else days.push(christmas, date(year, 12, 26));
  return days.sort();
}

/** Returns the academic year that contains `day`, named by the calendar year of its 1 September. */
export function academicYearOf(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= '09-01' ? year : year - 1;
}

/** Differences of one school's calendar from the common pattern, chosen once per school. */
export interface CalendarVariation {
  /** Weekdays after the first weekday on or after 2 September that the autumn term starts. */
  autumnStartDelay: 0 | 1 | 2;
  /** Some local authorities give two weeks at the October half-term. */
  longOctoberHalfTerm: boolean;
  /** Days the summer term ends before (negative) or after 22 July. */
  summerEndShift: -1 | 0 | 1;
}

export function randomCalendarVariation(random: Random): CalendarVariation {
  return {
    autumnStartDelay: random.pick([0, 1, 1, 2] as const),
    longOctoberHalfTerm: random.chance(0.1),
    summerEndShift: random.pick([-1, 0, 0, 1] as const),
  };
}

function addWeekdays(day: IsoDate, count: number): IsoDate {
  let result = day;
  for (let added = 0; added < count;) {
    result = addDays(result, 1);
    if (isoWeekday(result) <= 5) added += 1;
  }
  return result;
}

function nextWeekday(day: IsoDate): IsoDate {
  let result = day;
  while (isoWeekday(result) >= 6) result = addDays(result, 1);
  return result;
}

function previousWeekday(day: IsoDate): IsoDate {
  let result = day;
  while (isoWeekday(result) >= 6) result = addDays(result, -1);
  return result;
}

/**
 * Returns the three terms of academic year `year` (autumn, spring, summer) for a school.
 * Autumn runs from early September to the Friday before Christmas, with a half-term at the end
 * of October. Spring runs from the first Monday on or after 4 January to the Friday before Holy
 * Week, with a half-term in the week of the third Monday of February. Summer runs from the
 * Monday after Easter Monday to about 22 July, with a half-term in the week of the spring bank
 * holiday.
 */
export function academicYearTerms(year: number, variation: CalendarVariation): TermDates[] {
  const autumnStarts = addWeekdays(nextWeekday(date(year, 9, 2)), variation.autumnStartDelay);
  const octoberHalfTerm = onOrBefore(date(year, 10, 31), 1);
  const autumnHalfTermStarts = variation.longOctoberHalfTerm
    ? addDays(octoberHalfTerm, -7)
    : octoberHalfTerm;
  const autumnEnds = onOrAfter(date(year, 12, 17), 5);

  const easter = easterSunday(year + 1);
  const holyWeekMonday = addDays(easter, -6);
  const springStarts = onOrAfter(date(year + 1, 1, 4), 1);
  const februaryHalfTerm = addDays(onOrAfter(date(year + 1, 2, 1), 1), 14);
  const springEnds = addDays(holyWeekMonday, -3);

  const summerStarts = addDays(easter, 8);
  const mayHalfTerm = onOrBefore(date(year + 1, 5, 31), 1);
  const summerEnds = previousWeekday(addDays(date(year + 1, 7, 22), variation.summerEndShift));

  return [
    {
      academic_year: year,
      term: 1,
      starts_on: autumnStarts,
      ends_on: autumnEnds,
      half_term_starts_on: autumnHalfTermStarts,
      half_term_ends_on: addDays(octoberHalfTerm, 4),
    },
    {
      academic_year: year,
      term: 2,
      starts_on: springStarts,
      ends_on: springEnds,
      half_term_starts_on: februaryHalfTerm,
      half_term_ends_on: addDays(februaryHalfTerm, 4),
    },
    {
      academic_year: year,
      term: 3,
      starts_on: summerStarts,
      ends_on: summerEnds,
      half_term_starts_on: mayHalfTerm,
      half_term_ends_on: addDays(mayHalfTerm, 4),
    },
  ];
}
