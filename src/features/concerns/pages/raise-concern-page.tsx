import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { Radios, SelectField, TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { countCharacters } from '@/lib/characters';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { formErrors } from '@/lib/form-errors';
import { useRequestIds } from '@/lib/request-ids';

import { useConcernPeople } from '../api/get-concern-people';
import { useRaiseConcern } from '../api/raise-concern';
import type { ConcernPerson } from '../types';

const FIELD_IDS = {
  subject: 'subject',
  induction: 'induction',
  mentor: 'mentor',
  summary: 'summary',
  details: 'details',
} as const;

type Subject = 'ect_progress' | 'mentor_capacity';

interface RaiseValues {
  subject: Subject | '';
  induction: string;
  mentor: string;
  summary: string;
  details: string;
}

const DATABASE_FIELDS = {
  concerns_summary_length: {
    field: FIELD_IDS.summary,
    text: 'Enter a summary of 200 characters or fewer',
  },
  concerns_details_length: {
    field: FIELD_IDS.details,
    text: 'Enter details of 4000 characters or fewer',
  },
};

interface RaiseFormProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
  people: ConcernPerson[];
  presetInduction: string | null;
}

function RaiseForm({ schoolId, schoolName, staffId, people, presetInduction }: RaiseFormProps) {
  const navigate = useNavigate();
  const raise = useRaiseConcern();
  const requestIdFor = useRequestIds();
  const [values, setValues] = useState<RaiseValues>({
    subject: presetInduction ? 'ect_progress' : '',
    induction: presetInduction ?? '',
    mentor: '',
    summary: '',
    details: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof RaiseValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const change = (changes: Partial<RaiseValues>) =>
    setValues((current) => ({ ...current, ...changes }));
  const ects = people.flatMap((person) =>
    person.ect_inductions
      .filter(
        (induction) =>
          induction.status === 'active' ||
          induction.status === 'paused' ||
          induction.id === presetInduction,
      )
      .map((induction) => ({ id: induction.id, name: person.full_name })),
  );
  const mentors = people.flatMap((person) =>
    person.mentors ? [{ id: person.mentors.id, name: person.full_name }] : [],
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<keyof RaiseValues, string>> = {};
    if (values.subject === '') {
      found.subject = 'Select what the concern is about';
    } else if (values.subject === 'ect_progress' && values.induction === '') {
      found.induction = 'Select the ECT';
    } else if (values.subject === 'mentor_capacity' && values.mentor === '') {
      found.mentor = 'Select the mentor';
    }
    if (values.summary.trim() === '') {
      found.summary = 'Enter a summary of the concern';
    } else if (countCharacters(values.summary.trim()) > 200) {
      // Code points, as the database's char_length counts them.
      found.summary = 'Enter a summary of 200 characters or fewer';
    }
    if (countCharacters(values.details.trim()) > 4000) {
      found.details = 'Enter details of 4000 characters or fewer';
    }
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || values.subject === '') {
      return;
    }

    const payload = {
      school_id: schoolId,
      subject: values.subject,
      ect_induction_id: values.subject === 'ect_progress' ? values.induction : null,
      mentor_id: values.subject === 'mentor_capacity' ? values.mentor : null,
      summary: values.summary.trim(),
      details: values.details.trim() || null,
      raised_by_staff_id: staffId,
    };
    raise.mutate(
      { ...payload, client_request_id: requestIdFor(payload) },
      {
        onSuccess: (concernId) =>
          void navigate(paths.concern(schoolId, concernId), {
            state: { notice: 'The concern has been raised. Triage it next.' },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.subject)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Raise a concern – ${schoolName} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Raise a concern</h1>
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={FIELD_IDS.subject}
          legend="What is the concern about?"
          choices={[
            { value: 'ect_progress', label: 'An ECT’s progress' },
            { value: 'mentor_capacity', label: 'A mentor’s time or capacity' },
          ]}
          value={values.subject}
          error={errors.fieldError('subject')}
          onChange={(subject) => change({ subject })}
        />
        {values.subject === 'ect_progress' && (
          <SelectField
            id={FIELD_IDS.induction}
            label="ECT"
            value={values.induction}
            error={errors.fieldError('induction')}
            onChange={(event) => change({ induction: event.target.value })}
          >
            <option value="">Choose an ECT</option>
            {ects.map((ect) => (
              <option key={ect.id} value={ect.id}>
                {ect.name}
              </option>
            ))}
          </SelectField>
        )}
        {values.subject === 'mentor_capacity' && (
          <SelectField
            id={FIELD_IDS.mentor}
            label="Mentor"
            value={values.mentor}
            error={errors.fieldError('mentor')}
            onChange={(event) => change({ mentor: event.target.value })}
          >
            <option value="">Choose a mentor</option>
            {mentors.map((mentor) => (
              <option key={mentor.id} value={mentor.id}>
                {mentor.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextInput
          id={FIELD_IDS.summary}
          label="Summary"
          hint="One line, 200 characters at most"
          value={values.summary}
          error={errors.fieldError('summary')}
          onChange={(event) => change({ summary: event.target.value })}
        />
        <TextareaField
          id={FIELD_IDS.details}
          label="Details (optional)"
          value={values.details}
          error={errors.fieldError('details')}
          onChange={(event) => change({ details: event.target.value })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={raise.isPending}>
            {raise.isPending ? 'Saving…' : 'Raise concern'}
          </button>
          <Link className="govuk-link" to={paths.concerns(schoolId)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface RaiseConcernPageProps {
  schoolId: string;
  schoolName: string;
  /** The signed-in tutor's staff row, recorded as who raised the concern. */
  staffId: string;
}

export function RaiseConcernPage({ schoolId, schoolName, staffId }: RaiseConcernPageProps) {
  const people = useConcernPeople(schoolId);
  const [searchParams] = useSearchParams();

  if (people.isPending) {
    return <LoadingState what="the school’s ECTs and mentors" />;
  }
  if (people.isError) {
    return (
      <ErrorState
        title="The school’s ECTs and mentors could not be loaded"
        error={people.error}
        onRetry={() => void people.refetch()}
      />
    );
  }

  return (
    <RaiseForm
      schoolId={schoolId}
      schoolName={schoolName}
      staffId={staffId}
      people={people.data}
      presetInduction={searchParams.get('induction')}
    />
  );
}
