import { countCharacters } from '@/lib/characters';
import { isoDateFromParts, partsFromIsoDate } from '@/lib/date-parts';
import { fieldRejection, type FieldRejection } from '@/lib/db-errors';
import { formatLongDate } from '@/lib/dates';

import type { MentorSession, SessionInput, SessionKind } from '../types';

/** The form's values as typed, so a draft keeps exactly what the user entered. */
export interface SessionFormValues {
  day: string;
  month: string;
  year: string;
  minutes: string;
  kind: SessionKind | '';
  inTeachingHours: 'yes' | 'no' | '';
  notes: string;
}

export type SessionField = 'held_on' | 'minutes' | 'kind' | 'in_teaching_hours' | 'notes';
export type SessionFieldErrors = Partial<Record<SessionField, string>>;

/** Ids of the inputs that each field's error links to. */
export const SESSION_FIELD_IDS: Record<SessionField, string> = {
  held_on: 'held-on-day',
  minutes: 'minutes',
  kind: 'kind',
  in_teaching_hours: 'in-teaching-hours',
  notes: 'notes',
};

export const EMPTY_SESSION_FORM: SessionFormValues = {
  day: '',
  month: '',
  year: '',
  minutes: '',
  kind: '',
  inTeachingHours: '',
  notes: '',
};

export function formValuesOfSession(session: MentorSession): SessionFormValues {
  const date = partsFromIsoDate(session.held_on);
  return {
    ...date,
    minutes: String(session.minutes),
    kind: session.kind,
    inTeachingHours: session.in_teaching_hours ? 'yes' : 'no',
    notes: session.notes ?? '',
  };
}

const MINUTES_RANGE_MESSAGE = 'Minutes must be between 1 and 480';
const NOTES_LENGTH_MESSAGE = 'Notes must be 4,000 characters or fewer';

/** Mirrors mentor_sessions_minutes_range. */
function inMinutesRange(minutes: number): boolean {
  return minutes >= 1 && minutes <= 480;
}

/**
 * Checks every field at once, so the error summary lists all the mistakes together. It repeats
 * the database's limits on single values (1 to 480 minutes, notes up to 4,000 code points) and
 * leaves the rules that need stored data (no future date, inside the pairing) to the database.
 */
export function parseSessionForm(
  values: SessionFormValues,
): { input: SessionInput; errors: null } | { input: null; errors: SessionFieldErrors } {
  const errors: SessionFieldErrors = {};
  const dateTyped = [values.day, values.month, values.year].some((part) => part.trim() !== '');
  const heldOn = isoDateFromParts(values);
  if (!dateTyped) {
    errors.held_on = 'Enter the date the session took place';
  } else if (!heldOn) {
    errors.held_on = 'Date the session took place must be a real date';
  }
  const minutesText = values.minutes.trim();
  if (minutesText === '') {
    errors.minutes = 'Enter how many minutes the session lasted';
  } else if (/^-?(\d+\.?\d*|\.\d+)$/.test(minutesText) && !inMinutesRange(Number(minutesText))) {
    errors.minutes = MINUTES_RANGE_MESSAGE;
  } else if (!/^\d+$/.test(minutesText)) {
    errors.minutes = 'Minutes must be a whole number, like 45';
  }
  if (values.kind === '') {
    errors.kind = 'Select what kind of session it was';
  }
  if (values.inTeachingHours === '') {
    errors.in_teaching_hours = 'Select whether the session was in teaching hours';
  }
  if (countCharacters(values.notes) > 4000) {
    errors.notes = NOTES_LENGTH_MESSAGE;
  }
  if (Object.keys(errors).length > 0 || !heldOn || values.kind === '') {
    return { input: null, errors };
  }

  return {
    input: {
      held_on: heldOn,
      minutes: Number(minutesText),
      kind: values.kind,
      in_teaching_hours: values.inTeachingHours === 'yes',
      notes: values.notes.trim() === '' ? null : values.notes,
    },
    errors: null,
  };
}

/** Maps the database's rejection of a session to the field it concerns. */
export function sessionRejection(
  error: unknown,
  pairing: { started_on: string; ended_on: string | null; ectName: string },
): { field: SessionField; text: string } | null {
  const range = pairing.ended_on
    ? `between ${formatLongDate(pairing.started_on)} and ${formatLongDate(pairing.ended_on)}`
    : `on or after ${formatLongDate(pairing.started_on)}`;
  const rules: FieldRejection<SessionField>[] = [
    {
      match: 'held_on cannot be in the future',
      field: 'held_on',
      text: 'Date the session took place must be today or in the past',
    },
    {
      match: "held_on is outside the pairing's dates",
      field: 'held_on',
      text: `Date the session took place must be ${range}, while you mentored ${pairing.ectName}`,
    },
    {
      match: 'mentor_sessions_minutes_range',
      field: 'minutes',
      text: MINUTES_RANGE_MESSAGE,
    },
    {
      // minutes is the only integer that the form writes, and a huge value overflows it.
      match: 'out of range for type integer',
      sqlState: '22003',
      field: 'minutes',
      text: MINUTES_RANGE_MESSAGE,
    },
    {
      match: 'mentor_sessions_notes_length',
      field: 'notes',
      text: NOTES_LENGTH_MESSAGE,
    },
  ];

  return fieldRejection(error, rules);
}
