import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { Radios } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { formErrors } from '@/lib/form-errors';
import { isValidEmail, normaliseTrn } from '@/lib/record-checks';

import { useStaffMember } from '../api/get-staff-member';
import { StaleRecordError } from '../api/stale-record-error';
import { useUpdateStaffMember } from '../api/update-staff-member';
import { STAFF_DATABASE_FIELDS } from '../components/staff-form-values';
import type { StaffMember } from '../types';

interface EditValues {
  fullName: string;
  email: string;
  trn: string;
  qts: 'yes' | 'no';
  subject: string;
}

const FIELD_IDS = {
  fullName: 'full-name',
  email: 'email',
  trn: 'trn',
  qts: 'qts',
  subject: 'subject',
} as const;

function validate(values: EditValues): Partial<Record<keyof EditValues, string>> {
  const errors: Partial<Record<keyof EditValues, string>> = {};
  if (values.fullName.trim() === '') {
    errors.fullName = 'Enter the person’s full name';
  }
  if (!isValidEmail(values.email.trim())) {
    errors.email = 'Enter an email address in the correct format, like name@school.example';
  }
  if (normaliseTrn(values.trn) === undefined) {
    errors.trn = 'Enter a TRN of up to 7 digits, like 1234567';
  }

  return errors;
}

interface EditStaffFormProps {
  schoolId: string;
  schoolName: string;
  person: StaffMember;
}

function EditStaffForm({ schoolId, schoolName, person }: EditStaffFormProps) {
  const navigate = useNavigate();
  const update = useUpdateStaffMember(person.id);
  const [values, setValues] = useState<EditValues>({
    fullName: person.full_name,
    email: person.email,
    trn: person.trn ?? '',
    qts: person.qts_held ? 'yes' : 'no',
    subject: person.subject_or_phase ?? '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof EditValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const change = (changes: Partial<EditValues>) =>
    setValues((current) => ({ ...current, ...changes }));
  const emailChanged = values.email.trim().toLowerCase() !== person.email.toLowerCase();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(values);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      return;
    }

    const details = {
      full_name: values.fullName.trim(),
      email: values.email.trim(),
      trn: normaliseTrn(values.trn) ?? null,
      qts_held: values.qts === 'yes',
      subject_or_phase: values.subject.trim() || null,
    };
    update.mutate(
      { version: person.version, details },
      {
        onSuccess: () =>
          void navigate(paths.staffMember(schoolId, person.id), {
            state: { notice: `${details.full_name}’s details have been saved.` },
          }),
        onError: (error) =>
          setServerError(
            error instanceof StaleRecordError
              ? {
                  fieldId: FIELD_IDS.fullName,
                  text: `${error.message}. Go back to the person’s page to see the changes, then try again.`,
                }
              : fieldErrorFromDatabase(error, STAFF_DATABASE_FIELDS, FIELD_IDS.fullName),
          ),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Change details – ${person.full_name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Change {person.full_name}’s details</h1>
      <form onSubmit={handleSubmit} noValidate>
        <TextInput
          id={FIELD_IDS.fullName}
          label="Full name"
          value={values.fullName}
          error={errors.fieldError('fullName')}
          onChange={(event) => change({ fullName: event.target.value })}
        />
        <TextInput
          id={FIELD_IDS.email}
          label="Email address"
          type="email"
          spellCheck={false}
          value={values.email}
          error={errors.fieldError('email')}
          onChange={(event) => change({ email: event.target.value })}
        />
        {emailChanged && person.user_id !== null && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {person.full_name} signed up with {person.email}. A new address invites whoever owns
              it, and {person.email} loses access to this school.
            </strong>
          </div>
        )}
        <TextInput
          id={FIELD_IDS.trn}
          label="Teacher reference number (TRN) (optional)"
          inputMode="numeric"
          width={10}
          value={values.trn}
          error={errors.fieldError('trn')}
          onChange={(event) => change({ trn: event.target.value })}
        />
        <Radios
          id={FIELD_IDS.qts}
          legend="Does the person hold qualified teacher status (QTS)?"
          inline
          choices={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.qts}
          error={errors.fieldError('qts')}
          onChange={(qts) => change({ qts })}
        />
        <TextInput
          id={FIELD_IDS.subject}
          label="Subject or phase (optional)"
          value={values.subject}
          error={errors.fieldError('subject')}
          onChange={(event) => change({ subject: event.target.value })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <Link className="govuk-link" to={paths.staffMember(schoolId, person.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface EditStaffMemberPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

export function EditStaffMemberPage({ schoolId, schoolName, staffId }: EditStaffMemberPageProps) {
  const person = useStaffMember(schoolId, staffId);

  if (person.isPending) {
    return <LoadingState what="this person’s record" />;
  }
  if (person.isError) {
    return (
      <ErrorState
        title="This person’s record could not be loaded"
        error={person.error}
        onRetry={() => void person.refetch()}
      />
    );
  }

  return <EditStaffForm schoolId={schoolId} schoolName={schoolName} person={person.data} />;
}
