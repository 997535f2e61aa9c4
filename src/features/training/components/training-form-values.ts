import { countCharacters } from '@/lib/characters';
import { isoDateFromParts } from '@/lib/date-parts';
import { fieldRejection } from '@/lib/db-errors';

/** The form's values as typed, so a draft keeps exactly what the user entered. */
export interface TrainingFormValues {
  day: string;
  month: string;
  year: string;
  hours: string;
  activity: string;
}

export type TrainingField = 'completed_on' | 'hours' | 'activity';
export type TrainingFieldErrors = Partial<Record<TrainingField, string>>;

/** Ids of the inputs that each field's error links to. */
export const TRAINING_FIELD_IDS: Record<TrainingField, string> = {
  completed_on: 'completed-on-day',
  hours: 'hours',
  activity: 'activity',
};

export const EMPTY_TRAINING_FORM: TrainingFormValues = {
  day: '',
  month: '',
  year: '',
  hours: '',
  activity: '',
};

export const HOURS_RANGE_MESSAGE = 'Hours must be more than 0 and at most 12';
const ACTIVITY_LENGTH_MESSAGE = 'Activity must be 200 characters or fewer';

/**
 * Checks hours as mentor_training_logs stores them: more than 0 and at most 12
 * (mentor_training_logs_hours_range), in quarter hours as providers record them. The column
 * is numeric(4, 2), so 100 or more overflows before the range check runs.
 */
function hoursError(text: string): string | null {
  if (text === '') return 'Enter the hours the training took';
  if (/^-?(\d+\.?\d*|\.\d+)$/.test(text)) {
    const hours = Number(text);
    if (hours <= 0 || hours > 12) return HOURS_RANGE_MESSAGE;
  }
  if (!/^\d+(\.(0|00|25|5|50|75))?$/.test(text)) {
    return 'Hours must be in quarter hours, like 1.5 or 2.25';
  }
  return null;
}

export interface TrainingInput {
  completed_on: string;
  hours: number;
  activity: string;
}

/** Checks every field at once, so the error summary lists all the mistakes together. */
export function parseTrainingForm(
  values: TrainingFormValues,
): { input: TrainingInput; errors: null } | { input: null; errors: TrainingFieldErrors } {
  const errors: TrainingFieldErrors = {};
  const completedOn = isoDateFromParts(values);
  if ([values.day, values.month, values.year].every((part) => part.trim() === '')) {
    errors.completed_on = 'Enter the date of the training';
  } else if (!completedOn) {
    errors.completed_on = 'Date of the training must be a real date';
  }
  const hoursText = values.hours.trim();
  const hoursMessage = hoursError(hoursText);
  if (hoursMessage) errors.hours = hoursMessage;
  const activity = values.activity.trim();
  if (activity === '') {
    errors.activity = 'Enter what the training was';
  } else if (countCharacters(activity) > 200) {
    errors.activity = ACTIVITY_LENGTH_MESSAGE;
  }
  if (Object.keys(errors).length > 0 || !completedOn) {
    return { input: null, errors };
  }

  return {
    input: { completed_on: completedOn, hours: Number(hoursText), activity },
    errors: null,
  };
}

/** Maps the database's rejection of a training log to the field it concerns. */
export function trainingRejection(error: unknown): { field: TrainingField; text: string } | null {
  return fieldRejection<TrainingField>(error, [
    {
      match: 'completed_on cannot be in the future',
      field: 'completed_on',
      text: 'Date of the training must be today or in the past',
    },
    {
      match: 'mentor_training_logs_hours_range',
      field: 'hours',
      text: HOURS_RANGE_MESSAGE,
    },
    {
      // hours is the only numeric column that the form writes.
      match: 'numeric field overflow',
      sqlState: '22003',
      field: 'hours',
      text: HOURS_RANGE_MESSAGE,
    },
    {
      match: 'mentor_training_logs_activity_length',
      field: 'activity',
      text: ACTIVITY_LENGTH_MESSAGE,
    },
  ]);
}
