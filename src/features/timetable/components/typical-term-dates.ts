// A typical English school year, as a starting point that the school then corrects to its
// local authority's or trust's published dates. The patterns:
// - autumn term: the first Wednesday of September to the last Friday on or before
//   20 December, with half-term in the week of the last Monday of October;
// - spring term: the first Monday on or after 2 January to Maundy Thursday, with half-term
//   in the week of the third Monday of February;
// - summer term: the Monday two weeks after Easter Monday (the Tuesday when that Monday is
//   the early May bank holiday) to the last weekday on or before 22 July, with half-term in
//   the week of the late-May bank holiday (the last Monday of May).

import type { TermDatesRow } from '../types';

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
function weekday(date: Date): number {
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

function firstOnOrAfter(date: Date, isoWeekday: number): Date {
  return addDays(date, (isoWeekday - weekday(date) + 7) % 7);
}

function lastOnOrBefore(date: Date, isoWeekday: number): Date {
  return addDays(date, -((weekday(date) - isoWeekday + 7) % 7));
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
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

  return utcDate(year, month, day);
}

function halfTermWeek(monday: Date): [string, string] {
  return [iso(monday), iso(addDays(monday, 4))];
}

/** Returns the three terms of the academic year that starts in September of `academicYear`. */
export function typicalTermDates(academicYear: number): TermDatesRow[] {
  const next = academicYear + 1;
  const easter = easterSunday(next);

  const autumnStart = firstOnOrAfter(utcDate(academicYear, 9, 1), 3);
  const autumnHalfTerm = halfTermWeek(lastOnOrBefore(utcDate(academicYear, 10, 31), 1));
  const autumnEnd = lastOnOrBefore(utcDate(academicYear, 12, 20), 5);

  const springStart = firstOnOrAfter(utcDate(next, 1, 2), 1);
  const springHalfTerm = halfTermWeek(addDays(firstOnOrAfter(utcDate(next, 2, 1), 1), 14));
  const springEnd = addDays(easter, -3);

  // Two weeks after Easter Monday, or the day after when that is the early May bank holiday
  // (the first Monday of May).
  const twoWeeksAfterEaster = addDays(easter, 15);
  const earlyMayBankHoliday = firstOnOrAfter(utcDate(next, 5, 1), 1);
  const summerStart =
    iso(twoWeeksAfterEaster) === iso(earlyMayBankHoliday)
      ? addDays(twoWeeksAfterEaster, 1)
      : twoWeeksAfterEaster;
  const summerHalfTerm = halfTermWeek(lastOnOrBefore(utcDate(next, 5, 31), 1));
  const july22 = utcDate(next, 7, 22);
  const summerEnd = weekday(july22) > 5 ? lastOnOrBefore(july22, 5) : july22;

  return [
    {
      academic_year: academicYear,
      term: 1,
      starts_on: iso(autumnStart),
      half_term_starts_on: autumnHalfTerm[0],
      half_term_ends_on: autumnHalfTerm[1],
      ends_on: iso(autumnEnd),
    },
    {
      academic_year: academicYear,
      term: 2,
      starts_on: iso(springStart),
      half_term_starts_on: springHalfTerm[0],
      half_term_ends_on: springHalfTerm[1],
      ends_on: iso(springEnd),
    },
    {
      academic_year: academicYear,
      term: 3,
      starts_on: iso(summerStart),
      half_term_starts_on: summerHalfTerm[0],
      half_term_ends_on: summerHalfTerm[1],
      ends_on: iso(summerEnd),
    },
  ];
}

/** Returns the academic year (the calendar year it starts in) that contains the day. */
export function academicYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1;
}
