import { countCharacters } from '@/lib/characters';

export type ConcernField = 'subject' | 'ect' | 'summary' | 'details';
export type ConcernFieldErrors = Partial<Record<ConcernField, string>>;

/** Ids of the inputs that each field's error links to. */
export const CONCERN_FIELD_IDS: Record<ConcernField, string> = {
  subject: 'subject',
  ect: 'ect',
  summary: 'summary',
  details: 'details',
};

/** The form's values as typed, so a draft keeps exactly what the user entered. */
export interface ConcernDraft {
  subject: '' | 'ect_progress' | 'mentor_capacity';
  ect: string;
  summary: string;
  details: string;
}

export const EMPTY_CONCERN_FORM: ConcernDraft = { subject: '', ect: '', summary: '', details: '' };

export const SUMMARY_LENGTH_MESSAGE = 'Summary must be 200 characters or fewer';
export const DETAILS_LENGTH_MESSAGE = 'Details must be 4,000 characters or fewer';

/**
 * Checks every field at once, so the error summary lists all the mistakes together. Lengths
 * are counted in code points, as concerns_summary_length and concerns_details_length count
 * them, on the text the form sends: the summary trimmed, the details as typed.
 */
export function validateConcern(values: ConcernDraft): ConcernFieldErrors {
  const errors: ConcernFieldErrors = {};
  if (values.subject === '') errors.subject = 'Select what the concern is about';
  if (values.subject === 'ect_progress' && values.ect === '') {
    errors.ect = 'Select the ECT the concern is about';
  }
  const summary = values.summary.trim();
  if (summary === '') {
    errors.summary = 'Enter a summary of the concern';
  } else if (countCharacters(summary) > 200) {
    errors.summary = SUMMARY_LENGTH_MESSAGE;
  }
  if (countCharacters(values.details) > 4000) errors.details = DETAILS_LENGTH_MESSAGE;
  return errors;
}
