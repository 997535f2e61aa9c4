// GOV.UK's date input has three boxes. A form stores what a person typed in each, so an invalid
// date shows again exactly as entered, and converts the parts to an ISO date ('YYYY-MM-DD') only
// once they make a real one.

/** The day, month and year boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

const PART_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Converts the three boxes to 'YYYY-MM-DD', or null when they do not make a real date. Spaces
 * around a part are ignored. A year needs 4 digits and no leading zero, because a year before 1000
 * is a typing slip in this service.
 */
export function isoDateFromParts({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^[1-9]\d{3}$/.test(y)) {
    return null;
  }

  const [dayNumber, monthNumber, yearNumber] = [Number(d), Number(m), Number(y)];
  // Date.UTC rolls 31 April over to 1 May, so a date that does not read back unchanged is not real.
  const date = new Date(Date.UTC(yearNumber, monthNumber - 1, dayNumber));
  if (
    date.getUTCFullYear() !== yearNumber ||
    date.getUTCMonth() !== monthNumber - 1 ||
    date.getUTCDate() !== dayNumber
  ) {
    return null;
  }
  const pad = (value: number) => String(value).padStart(2, '0');

  return `${y}-${pad(monthNumber)}-${pad(dayNumber)}`;
}

/**
 * Splits 'YYYY-MM-DD' into the three boxes without leading zeros, as a person types them. An
 * empty or null value gives empty boxes.
 */
export function partsFromIsoDate(value: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) {
    return EMPTY_DATE_PARTS;
  }

  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Tells whether nothing is typed in any of the three boxes. */
export function isDateEmpty(parts: DateParts): boolean {
  return PART_ORDER.every((part) => isBlank(parts[part]));
}

/**
 * Lists the boxes to mark as wrong beside an error: the empty ones of a partly filled date, the
 * year alone when it is digits but not 4 of them, otherwise all three.
 */
export function datePartsInError(parts: DateParts): DatePart[] {
  const missing = PART_ORDER.filter((part) => isBlank(parts[part]));
  if (missing.length > 0 && missing.length < PART_ORDER.length) {
    return missing;
  }
  const year = parts.year.trim();
  if (/^\d+$/.test(year) && year.length !== 4 && isoDateFromParts({ ...parts, year: '2000' })) {
    return ['year'];
  }

  return [...PART_ORDER];
}

/** The result of checking a required date: its ISO form, or an error. */
export type RequiredDateCheck = { iso: string; error: null } | { iso: null; error: string };

/** The result of checking a date; an optional date left empty has neither. */
export type DateCheck = RequiredDateCheck | { iso: null; error: null };

interface DateCheckOptions {
  /** The field's name in errors, usually its legend without "(optional)": "Date escalated". */
  name: string;
  /** The error when nothing is typed; without it the date is optional. */
  required?: string;
}

/**
 * Checks a date input's parts. Returns the ISO date when they make a real date, an error naming
 * the field when they are partly filled or not a real date, and neither for an optional date left
 * empty.
 */
export function checkDateParts(
  parts: DateParts,
  options: DateCheckOptions & { required: string },
): RequiredDateCheck;
export function checkDateParts(parts: DateParts, options: DateCheckOptions): DateCheck;
export function checkDateParts(parts: DateParts, { name, required }: DateCheckOptions): DateCheck {
  if (isDateEmpty(parts)) {
    return required ? { iso: null, error: required } : { iso: null, error: null };
  }

  const missing = PART_ORDER.filter((part) => isBlank(parts[part]));
  if (missing.length > 0) {
    const [first, ...rest] = missing;
    const list = rest.length > 0 ? `${first} and ${rest.join(' and ')}` : first;
    return { iso: null, error: `${name} must include a ${list}` };
  }
  const iso = isoDateFromParts(parts);
  if (iso) {
    return { iso, error: null };
  }
  if (datePartsInError(parts).length === 1) {
    return { iso: null, error: `${name} must have a 4-digit year` };
  }

  return { iso: null, error: `${name} must be a real date` };
}
