import type { TermDatesRow } from '../types';

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

const TERM_NAMES = ['autumn', 'spring', 'summer'];

/** Id of the date input for one term's field: 'term-2026-1-starts_on'. */
export function termFieldId(year: number, term: number, field: TermField): string {
  return `term-${year}-${term}-${field}`;
}

/**
 * Checks a year's three terms against the database's rules (term_dates_order,
 * term_dates_in_academic_year) and against each other. Returns errors by field id, in page
 * order.
 */
export function checkTermDates(terms: readonly TermDatesRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  let previousEnd: string | null = null;
  for (const term of terms) {
    const name = TERM_NAMES[term.term - 1];
    const id = (field: TermField) => termFieldId(term.academic_year, term.term, field);
    for (const field of TERM_FIELDS) {
      if (term[field] === '') {
        errors[id(field)] = `Enter the ${name} term’s ${TERM_FIELD_LABELS[field].toLowerCase()}`;
      }
    }
    if (
      Object.keys(errors).some((key) => key.startsWith(`term-${term.academic_year}-${term.term}-`))
    ) {
      continue;
    }
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

  return errors;
}
