import { fieldErrorFromDatabase, type FieldError, type FieldRule } from '@/lib/database-errors';
import {
  checkDateParts,
  EMPTY_DATE_PARTS,
  isoDateFromParts,
  type DateParts,
} from '@/lib/date-parts';
import { isValidEmail, normaliseTrn, parseFte } from '@/lib/record-checks';

import type { InductionProgramme, StaffMemberInput, StaffRole } from '../types';

/** Values of the "add a person" form, kept as typed. */
export interface StaffFormValues {
  fullName: string;
  email: string;
  roles: StaffRole[];
  trn: string;
  qts: '' | 'yes' | 'no';
  subject: string;
  inductionStart: DateParts;
  fte: string;
  programme: '' | InductionProgramme;
  ectRegistered: DateParts;
  mentorRegistered: DateParts;
  abCheckRequested: DateParts;
  abCheckConfirmed: DateParts;
}

export const EMPTY_STAFF_FORM: StaffFormValues = {
  fullName: '',
  email: '',
  roles: [],
  trn: '',
  qts: '',
  subject: '',
  inductionStart: EMPTY_DATE_PARTS,
  fte: '1',
  programme: '',
  ectRegistered: EMPTY_DATE_PARTS,
  mentorRegistered: EMPTY_DATE_PARTS,
  abCheckRequested: EMPTY_DATE_PARTS,
  abCheckConfirmed: EMPTY_DATE_PARTS,
};

/**
 * Field ids of the form, in page order, so the error summary lists errors in that order. A date's
 * id is that of its day box, where its errors link. The date input's own id lacks the '-day'.
 */
export const STAFF_FIELD_IDS = {
  fullName: 'full-name',
  email: 'email',
  roles: 'roles',
  trn: 'trn',
  qts: 'qts',
  subject: 'subject',
  inductionStart: 'induction-start-day',
  fte: 'fte',
  programme: 'programme',
  ectRegistered: 'ect-dfe-registered-day',
  mentorRegistered: 'mentor-dfe-registered-day',
  abCheckRequested: 'ab-check-requested-day',
  abCheckConfirmed: 'ab-check-confirmed-day',
} as const;

export type StaffFieldErrors = Partial<Record<keyof StaffFormValues, string>>;

/** Adds the errors of an ECT's induction fields to `errors`. */
export function validateInductionFields(values: StaffFormValues, errors: StaffFieldErrors) {
  const started = checkDateParts(values.inductionStart, {
    name: 'Induction start date',
    required: 'Enter the date the ECT started their induction at this school',
  });
  if (started.error !== null) {
    errors.inductionStart = started.error;
  }
  if (parseFte(values.fte) === null) {
    errors.fte = 'Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week';
  }
  if (values.programme === '') {
    errors.programme = 'Select the induction programme';
  }
  const registered = checkDateParts(values.ectRegistered, { name: 'Date registered with the DfE' });
  if (registered.error !== null) {
    errors.ectRegistered = registered.error;
  }
}

/** Adds the errors of a mentor's registration and check dates to `errors`. */
export function validateMentorFields(values: StaffFormValues, errors: StaffFieldErrors) {
  const registered = checkDateParts(values.mentorRegistered, {
    name: 'Date the mentor registered with the DfE',
  });
  if (registered.error !== null) {
    errors.mentorRegistered = registered.error;
  }
  // The check dates are shown, and saved, only for a mentor without QTS.
  if (values.qts !== 'no') {
    return;
  }
  const requested = checkDateParts(values.abCheckRequested, {
    name: 'Date the school asked the appropriate body',
  });
  const confirmed = checkDateParts(values.abCheckConfirmed, {
    name: 'Date the appropriate body confirmed',
  });
  if (requested.error !== null) {
    errors.abCheckRequested = requested.error;
  }
  if (confirmed.error !== null) {
    errors.abCheckConfirmed = confirmed.error;
  }
  // The order is compared only between two real dates, never between what was typed.
  if (requested.error !== null || confirmed.error !== null || confirmed.iso === null) {
    return;
  }
  if (requested.iso === null) {
    errors.abCheckRequested = 'Enter the date the school asked the appropriate body';
  } else if (confirmed.iso < requested.iso) {
    errors.abCheckConfirmed = 'The confirmation date must be on or after the date the school asked';
  }
}

/** Checks the form; the returned errors are in page order. */
export function validateStaffForm(values: StaffFormValues): StaffFieldErrors {
  const errors: StaffFieldErrors = {};
  if (values.fullName.trim() === '') {
    errors.fullName = 'Enter the person’s full name';
  }
  if (values.email.trim() === '') {
    errors.email = 'Enter the email address the person will sign in with';
  } else if (!isValidEmail(values.email.trim())) {
    errors.email = 'Enter an email address in the correct format, like name@school.example';
  }
  if (values.roles.length === 0) {
    errors.roles = 'Select at least one role';
  }
  if (normaliseTrn(values.trn) === undefined) {
    errors.trn = 'Enter a TRN of up to 7 digits, like 1234567';
  }
  if (values.qts === '') {
    errors.qts = 'Select whether the person holds qualified teacher status (QTS)';
  }
  if (values.roles.includes('ect')) {
    validateInductionFields(values, errors);
  }
  if (values.roles.includes('mentor')) {
    validateMentorFields(values, errors);
  }

  return errors;
}

/**
 * Builds the save_staff_members input from a form that passed validation, so each date shown is
 * empty or real.
 */
export function staffInputFromForm(values: StaffFormValues): StaffMemberInput {
  const isEct = values.roles.includes('ect');
  const isMentor = values.roles.includes('mentor');
  const withoutQts = values.qts === 'no';

  return {
    full_name: values.fullName.trim(),
    email: values.email.trim(),
    roles: values.roles,
    trn: normaliseTrn(values.trn) ?? null,
    qts_held: values.qts === 'yes',
    subject_or_phase: values.subject.trim() || null,
    induction: isEct
      ? {
          // Validation requires a real start date, so the empty fallback is never sent.
          started_on: isoDateFromParts(values.inductionStart) ?? '',
          fte: parseFte(values.fte),
          programme: values.programme || null,
          dfe_registered_on: isoDateFromParts(values.ectRegistered),
        }
      : null,
    mentor: isMentor
      ? {
          dfe_registered_on: isoDateFromParts(values.mentorRegistered),
          ab_check_requested_on: withoutQts ? isoDateFromParts(values.abCheckRequested) : null,
          ab_check_confirmed_on: withoutQts ? isoDateFromParts(values.abCheckConfirmed) : null,
        }
      : null,
  };
}

/** Fields of this form by the constraint or column name a database refusal mentions. */
export const STAFF_DATABASE_FIELDS = {
  staff_email_format: {
    field: STAFF_FIELD_IDS.email,
    text: 'Enter an email address in the correct format, like name@school.example',
  },
  staff_school_email_key: {
    field: STAFF_FIELD_IDS.email,
    text: 'Someone at this school already has this email address',
  },
  email: { field: STAFF_FIELD_IDS.email },
  staff_full_name_length: {
    field: STAFF_FIELD_IDS.fullName,
    text: 'Enter a full name of 200 characters or fewer',
  },
  full_name: { field: STAFF_FIELD_IDS.fullName },
  staff_trn_format: { field: STAFF_FIELD_IDS.trn, text: 'Enter a TRN of up to 7 digits' },
  trn: { field: STAFF_FIELD_IDS.trn },
  staff_subject_or_phase_length: {
    field: STAFF_FIELD_IDS.subject,
    text: 'Enter a subject or phase of 100 characters or fewer',
  },
  started_on: { field: STAFF_FIELD_IDS.inductionStart },
  ect_inductions_fte_range: { field: STAFF_FIELD_IDS.fte, text: 'Enter an FTE from 0.1 to 1' },
  mentors_ab_check_order: {
    field: STAFF_FIELD_IDS.abCheckConfirmed,
    text: 'The confirmation date must be on or after the date the school asked',
  },
} as const;

/**
 * Places a refusal of save_staff_members against its field. The RPC names the row ("Row 1:
 * ..."), which means nothing on a form that saves one person, so the prefix goes.
 */
export function staffFieldError(
  error: unknown,
  rules: Readonly<Record<string, FieldRule>>,
  fallbackField: string,
): FieldError {
  const placed = fieldErrorFromDatabase(error, rules, fallbackField);
  return { ...placed, text: placed.text.replace(/^Row \d+: /, '') };
}
