// Calendar dates as ISO 8601 strings ('2026-12-04'). Arithmetic goes through whole days
// since 1970-01-01 in UTC, so daylight-saving changes never shift a day. ISO date strings
// compare correctly with < and >.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Converts '2026-12-04' to whole days since 1970-01-01; throws a RangeError on a bad date. */
export function toDayNumber(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new RangeError(`Invalid date "${date}": expected the form YYYY-MM-DD`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day || month < 1 || month > 12) {
    throw new RangeError(`Invalid date "${date}": no such day in the calendar`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Returns later minus earlier in days (negative when later is before earlier). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Returns the Monday of the Monday-to-Sunday week that contains date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function isWeekday(date: IsoDate): boolean {
  return isoWeekday(date) <= 5;
}

/** Lists every date from first to last inclusive (empty when last is before first). */
export function eachDay(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = toDayNumber(first); day <= toDayNumber(last); day += 1) {
    days.push(fromDayNumber(day));
  }
  return days;
}

export function minDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((min, date) => (date < min ? date : min));
}

/** Returns today's date in England (Europe/London), whatever the machine's time zone. */
export function londonToday(now: Date = new Date()): IsoDate {
  // The en-CA locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
