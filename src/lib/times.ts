import { formatLongDate, parseIsoDate } from './dates';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** ISO weekday (1 = Monday) of a 'YYYY-MM-DD' date. */
export function isoWeekdayOf(value: string): number {
  const { year, month, day } = parseIsoDate(value);
  const sundayBased = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
}

/** Names an ISO weekday (1 = Monday ... 7 = Sunday). */
export function weekdayName(isoWeekday: number): string {
  return WEEKDAYS[isoWeekday - 1] ?? 'Unknown day';
}

/** Formats a date with its weekday, as GOV.UK does: 'Tuesday 8 December 2026'. */
export function formatDayAndDate(value: string): string {
  return `${weekdayName(isoWeekdayOf(value))} ${formatLongDate(value)}`;
}

/** Formats a Postgres time ('13:30:00') as GOV.UK writes times: '1:30pm', '9am', 'midday'. */
export function formatTime(value: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 12 && minutes === 0) return 'midday';
  if (hours === 0 && minutes === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${match[2]}${suffix}`;
}

/** Returns the date `days` after a 'YYYY-MM-DD' date (before it when negative). */
export function addDaysToIsoDate(value: string, days: number): string {
  const { year, month, day } = parseIsoDate(value);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
