import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, partsFromIsoDate, type DateParts } from '@/lib/date-parts';
import { formErrors } from '@/lib/form-errors';

import { useStaffMember } from '../api/get-staff-member';
import { StaleRecordError } from '../api/stale-record-error';
import { useUpdateMentorDetails } from '../api/update-mentor-details';
import type { MentorDetails, StaffMember } from '../types';

interface MentorValues {
  registered: DateParts;
  requested: DateParts;
  confirmed: DateParts;
}

type MentorErrors = Partial<Record<keyof MentorValues, string>>;

// A date's errors link to its day box.
const FIELD_IDS = {
  registered: 'mentor-dfe-registered-day',
  requested: 'ab-check-requested-day',
  confirmed: 'ab-check-confirmed-day',
} as const;

const DATABASE_FIELDS = {
  mentors_ab_check_order: {
    field: FIELD_IDS.confirmed,
    text: 'Enter the date the school asked the appropriate body, on or before the confirmation',
  },
};

/** Checks the three dates; the ISO dates are null when left empty. */
function validate(values: MentorValues) {
  const registered = checkDateParts(values.registered, { name: 'Date registered with the DfE' });
  const requested = checkDateParts(values.requested, {
    name: 'Date the school asked the appropriate body',
  });
  const confirmed = checkDateParts(values.confirmed, {
    name: 'Date the appropriate body confirmed',
  });
  const errors: MentorErrors = {};
  if (registered.error !== null) {
    errors.registered = registered.error;
  }
  if (requested.error !== null) {
    errors.requested = requested.error;
  }
  if (confirmed.error !== null) {
    errors.confirmed = confirmed.error;
  }
  // The order is compared only between two real dates, never between what was typed.
  if (errors.requested === undefined && errors.confirmed === undefined && confirmed.iso !== null) {
    if (requested.iso === null) {
      errors.requested = 'Enter the date the school asked the appropriate body';
    } else if (confirmed.iso < requested.iso) {
      errors.confirmed = 'The confirmation date must be on or after the date the school asked';
    }
  }

  return {
    errors,
    dates: { registered: registered.iso, requested: requested.iso, confirmed: confirmed.iso },
  };
}

interface MentorFormProps {
  schoolId: string;
  schoolName: string;
  person: StaffMember;
  mentor: MentorDetails;
}

function MentorForm({ schoolId, schoolName, person, mentor }: MentorFormProps) {
  const navigate = useNavigate();
  const update = useUpdateMentorDetails(mentor.id);
  const [values, setValues] = useState<MentorValues>({
    registered: partsFromIsoDate(mentor.dfe_registered_on),
    requested: partsFromIsoDate(mentor.ab_check_requested_on),
    confirmed: partsFromIsoDate(mentor.ab_check_confirmed_on),
  });
  const [clientErrors, setClientErrors] = useState<MentorErrors>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const change = (changes: Partial<MentorValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, dates } = validate(values);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      return;
    }

    update.mutate(
      {
        version: mentor.version,
        details: {
          dfe_registered_on: dates.registered,
          ab_check_requested_on: dates.requested,
          ab_check_confirmed_on: dates.confirmed,
        },
      },
      {
        onSuccess: () =>
          void navigate(paths.staffMember(schoolId, person.id), {
            state: { notice: `${person.full_name}’s mentor details have been saved.` },
          }),
        onError: (error) =>
          setServerError(
            error instanceof StaleRecordError
              ? { fieldId: FIELD_IDS.registered, text: `${error.message}. Reload and try again.` }
              : fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.registered),
          ),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Mentor details – ${person.full_name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">{person.full_name}: mentor details</h1>
      <form onSubmit={handleSubmit} noValidate>
        <DateInput
          id="mentor-dfe-registered"
          legend="Registered with the DfE"
          hint="The date the school registered this mentor with the Register early career teachers service"
          value={values.registered}
          error={errors.fieldError('registered')}
          onChange={(registered) => change({ registered })}
        />
        {!person.qts_held && (
          <>
            <p className="govuk-body">
              {person.full_name} does not hold QTS, so the appropriate body must confirm they may
              mentor.
            </p>
            <DateInput
              id="ab-check-requested"
              legend="Date the school asked the appropriate body"
              value={values.requested}
              error={errors.fieldError('requested')}
              onChange={(requested) => change({ requested })}
            />
            <DateInput
              id="ab-check-confirmed"
              legend="Date the appropriate body confirmed"
              value={values.confirmed}
              error={errors.fieldError('confirmed')}
              onChange={(confirmed) => change({ confirmed })}
            />
          </>
        )}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save mentor details'}
          </button>
          <Link className="govuk-link" to={paths.staffMember(schoolId, person.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface EditMentorDetailsPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

export function EditMentorDetailsPage({
  schoolId,
  schoolName,
  staffId,
}: EditMentorDetailsPageProps) {
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
  const mentor = person.data.mentors;
  if (!mentor) {
    return (
      <ErrorState
        title="No mentor details"
        error={`${person.data.full_name} is not a mentor at this school. Add the mentor role first.`}
      />
    );
  }

  return (
    <MentorForm schoolId={schoolId} schoolName={schoolName} person={person.data} mentor={mentor} />
  );
}
