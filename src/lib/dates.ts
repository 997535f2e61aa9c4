// Dates from Postgres `date` columns arrive as 'YYYY-MM-DD' strings. They are formatted from
// their parts, never through `new Date(...)`, which reads them as UTC midnight and can shift
// the day in the browser's time zone.

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids daylight-saving shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO 8601 calendar date ('2026-12-04'); throws a RangeError on anything else. */
export function parseIsoDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    throw new RangeError(`Invalid date "${value}": expected the form YYYY-MM-DD`);
  }

  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid date "${value}": no such day in the calendar`);
  }

  return { year, month, day };
}

/** Formats an ISO date the UK way with digits: '2026-12-04' becomes '04/12/2026'. */
export function formatShortDate(value: string): string {
  const { year, month, day } = parseIsoDate(value);
  const pad = (part: number) => String(part).padStart(2, '0');

  return `${pad(day)}/${pad(month)}/${year}`;
}

/** Formats an ISO date as GOV.UK writes dates in text: '2026-12-04' becomes '4 December 2026'. */
export function formatLongDate(value: string): string {
  const { year, month, day } = parseIsoDate(value);

  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Returns the calendar date in England (Europe/London) at the given instant, as 'YYYY-MM-DD'. */
export function isoDateInLondon(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}`;
}
