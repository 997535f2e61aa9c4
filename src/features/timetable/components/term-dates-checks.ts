import { checkDateParts, partsFromIsoDate, type DateParts } from '@/lib/date-parts';

import { TERM_NAMES, type TermDatesRow } from '../types';

export type TermField = 'starts_on' | 'half_term_starts_on' | 'half_term_ends_on' | 'ends_on';

export const TERM_FIELD_LABELS: Record<TermField, string> = {
  starts_on: 'First day',
  half_term_starts_on: 'Half-term starts',
  half_term_ends_on: 'Half-term ends',
  ends_on: 'Last day',
};

export const TERM_FIELDS: readonly TermField[] = [
  'starts_on',
  'half_term_starts_on',
  'half_term_ends_on',
  'ends_on',
];

/** A term's row as the form stores it, with each date as typed in its three boxes. */
export type TermFormRow = Omit<TermDatesRow, TermField> & Record<TermField, DateParts>;

/** Splits a stored or suggested term's dates into the boxes of the form. */
export function termFormRow(row: TermDatesRow): TermFormRow {
  return {
    ...row,
    starts_on: partsFromIsoDate(row.starts_on),
    half_term_starts_on: partsFromIsoDate(row.half_term_starts_on),
    half_term_ends_on: partsFromIsoDate(row.half_term_ends_on),
    ends_on: partsFromIsoDate(row.ends_on),
  };
}

/** Id of the date input for one term's field: 'term-2026-1-starts_on'. */
export function termFieldId(year: number, term: number, field: TermField): string {
  return `term-${year}-${term}-${field}`;
}

/** Id of that date input's day box, which its errors link to. */
export function termDayId(year: number, term: number, field: TermField): string {
  return `${termFieldId(year, term, field)}-day`;
}

/** Returns the legend of one term's date input, which its errors name: 'Autumn first day'. */
export function termFieldLegend(term: TermDatesRow['term'], field: TermField): string {
  return `${TERM_NAMES[term]} ${TERM_FIELD_LABELS[field].toLowerCase()}`;
}

/**
 * Checks that each date of a year's three terms is real, then the terms against the database's
 * rules (term_dates_order, term_dates_in_academic_year) and against each other. Returns errors
 * by the id of each date's day box, in page order, and the rows to save when there are none.
 */
export function checkTermDates(terms: readonly TermFormRow[]): {
  errors: Record<string, string>;
  rows: TermDatesRow[] | null;
} {
  const errors: Record<string, string> = {};
  const rows: TermDatesRow[] = [];
  let previousEnd: string | null = null;
  for (const form of terms) {
    const name = TERM_NAMES[form.term].toLowerCase();
    const id = (field: TermField) => termDayId(form.academic_year, form.term, field);
    const dates: Partial<Record<TermField, string>> = {};
    for (const field of TERM_FIELDS) {
      const date = checkDateParts(form[field], {
        name: termFieldLegend(form.term, field),
        required: `Enter the ${name} term’s ${TERM_FIELD_LABELS[field].toLowerCase()}`,
      });
      if (date.error !== null) {
        errors[id(field)] = date.error;
      } else {
        dates[field] = date.iso;
      }
    }
    const { starts_on, half_term_starts_on, half_term_ends_on, ends_on } = dates;
    // Order is compared only between real dates: a term with a missing or invalid date is
    // skipped, and the next term is not compared with it.
    if (!starts_on || !half_term_starts_on || !half_term_ends_on || !ends_on) {
      previousEnd = null;
      continue;
    }
    const term: TermDatesRow = {
      ...form,
      starts_on,
      half_term_starts_on,
      half_term_ends_on,
      ends_on,
    };
    rows.push(term);
    if (term.starts_on < `${term.academic_year}-08-01`) {
      errors[id('starts_on')] =
        `The ${name} term must start on or after 1 August ${term.academic_year}`;
    } else if (previousEnd !== null && term.starts_on <= previousEnd) {
      errors[id('starts_on')] = `The ${name} term must start after the previous term ends`;
    }
    if (term.half_term_starts_on <= term.starts_on) {
      errors[id('half_term_starts_on')] =
        `The ${name} half-term must start after the first day of term`;
    } else if (term.half_term_ends_on < term.half_term_starts_on) {
      errors[id('half_term_ends_on')] = `The ${name} half-term must end on or after it starts`;
    }
    if (term.ends_on <= term.half_term_ends_on) {
      errors[id('ends_on')] = `The ${name} term must end after its half-term`;
    } else if (term.ends_on > `${term.academic_year + 1}-08-31`) {
      errors[id('ends_on')] = `The ${name} term must end by 31 August ${term.academic_year + 1}`;
    }
    previousEnd = term.ends_on;
  }

  return Object.keys(errors).length > 0 ? { errors, rows: null } : { errors, rows };
}
