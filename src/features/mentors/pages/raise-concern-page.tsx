import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { Radios } from '@/components/radios';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { Textarea } from '@/components/textarea';
import { paths } from '@/config/paths';
import { fieldRejection } from '@/lib/db-errors';
import { useFormDraft } from '@/lib/drafts';
import { describeError } from '@/lib/errors';
import { useRequestIds } from '@/lib/request-ids';

import { useMentorOverview } from '../api/get-mentor-overview';
import { useMentorRecord } from '../api/get-mentor-record';
import { useRaiseConcern } from '../api/raise-concern';
import {
  CONCERN_FIELD_IDS,
  DETAILS_LENGTH_MESSAGE,
  EMPTY_CONCERN_FORM,
  SUMMARY_LENGTH_MESSAGE,
  validateConcern,
  type ConcernDraft,
  type ConcernField,
  type ConcernFieldErrors,
} from '../components/concern-form-values';

interface RaiseConcernPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

/** The back link, school caption and heading, shown above the form and above each state. */
function PageHeading({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  return (
    <>
      <Link className="govuk-back-link" to={paths.myConcerns(schoolId)}>
        Back to my concerns
      </Link>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Raise a concern</h1>
    </>
  );
}

function ConcernForm({
  schoolId,
  schoolName,
  staffId,
  mentorId,
  ects,
}: RaiseConcernPageProps & { mentorId: string; ects: { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const raise = useRaiseConcern();
  const requestIdFor = useRequestIds();
  const { values, update, clear } = useFormDraft(`raise-concern:${schoolId}`, EMPTY_CONCERN_FORM);
  const [errors, setErrors] = useState<ConcernFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const summary: ErrorSummaryItem[] = (Object.keys(CONCERN_FIELD_IDS) as ConcernField[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: CONCERN_FIELD_IDS[field], text: errors[field] ?? '' }));
  const hasErrors = summary.length > 0 || formError !== null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (raise.isPending) return;
    const found = validateConcern(values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || values.subject === '') return;

    const payload = {
      school_id: schoolId,
      subject: values.subject,
      ect_induction_id: values.subject === 'ect_progress' ? values.ect : null,
      mentor_id: values.subject === 'mentor_capacity' ? mentorId : null,
      raised_by_staff_id: staffId,
      summary: values.summary.trim(),
      details: values.details.trim() === '' ? null : values.details,
    };
    try {
      await raise.mutateAsync({ ...payload, client_request_id: requestIdFor(payload) });
    } catch (error) {
      const rejection = fieldRejection<ConcernField>(error, [
        {
          match: 'concerns_summary_length',
          field: 'summary',
          text: SUMMARY_LENGTH_MESSAGE,
        },
        {
          match: 'concerns_details_length',
          field: 'details',
          text: DETAILS_LENGTH_MESSAGE,
        },
      ]);
      if (rejection) {
        setErrors({ [rejection.field]: rejection.text });
      } else {
        const { reason, advice } = describeError(error);
        setFormError(`The concern could not be raised. ${reason} ${advice}`);
      }
      return;
    }
    clear();
    navigate(paths.myConcerns(schoolId), { state: { saved: 'Concern raised' } });
  }

  return (
    <>
      <title>{`${hasErrors ? 'Error: ' : ''}Raise a concern – ${schoolName} – ECT mentoring`}</title>
      {hasErrors && <ErrorSummary errors={summary} formErrors={formError ? [formError] : []} />}
      <PageHeading schoolId={schoolId} schoolName={schoolName} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Radios
          id="subject"
          legend="What is the concern about?"
          options={[
            { value: 'ect_progress', label: 'The progress of an ECT I mentor' },
            { value: 'mentor_capacity', label: 'My time or capacity to mentor' },
          ]}
          value={values.subject}
          error={errors.subject}
          onChange={(subject) => update({ subject: subject as ConcernDraft['subject'] })}
        />
        {values.subject === 'ect_progress' && (
          <Radios
            id="ect"
            legend="Which ECT?"
            options={ects.map((ect) => ({ value: ect.id, label: ect.name }))}
            value={values.ect}
            error={errors.ect}
            onChange={(ect) => update({ ect })}
          />
        )}
        <TextInput
          id="summary"
          label="Summary"
          hint="One line the induction tutor will see in their list, up to 200 characters."
          value={values.summary}
          error={errors.summary}
          onChange={(event) => update({ summary: event.target.value })}
        />
        <Textarea
          id="details"
          label="Details (optional)"
          maxCharacters={4000}
          value={values.details}
          error={errors.details}
          onChange={(event) => update({ details: event.target.value })}
        />
        <button type="submit" className="govuk-button" disabled={raise.isPending}>
          {raise.isPending ? 'Raising…' : 'Raise concern'}
        </button>
      </form>
    </>
  );
}

export function RaiseConcernPage(props: RaiseConcernPageProps) {
  const { schoolId, staffId } = props;
  const mentor = useMentorRecord(schoolId, staffId);
  const overview = useMentorOverview(schoolId);

  let body;
  if (mentor.isPending || overview.isPending) {
    body = <LoadingState what="your ECTs" />;
  } else if (mentor.isError || overview.isError) {
    body = (
      <ErrorState
        title="The form could not be loaded"
        error={mentor.error ?? overview.error}
        onRetry={() => {
          void mentor.refetch();
          void overview.refetch();
        }}
      />
    );
  } else if (!mentor.data) {
    // The role was given without the mentor record that the tutor's forms create with it, and
    // only the tutor can add that record.
    body = (
      <p className="govuk-body">
        You have the mentor role at {props.schoolName}, but no mentor record there yet, so you
        cannot raise a concern as a mentor. Ask your induction tutor to add you as a mentor.
      </p>
    );
  } else {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConcernForm
            {...props}
            mentorId={mentor.data.id}
            ects={overview.data.map((row) => ({ id: row.ect_induction_id, name: row.ect_name }))}
          />
        </div>
      </div>
    );
  }

  // Until the form is shown, the page keeps its title and heading above the state.
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`Raise a concern – ${props.schoolName} – ECT mentoring`}</title>
        <PageHeading schoolId={props.schoolId} schoolName={props.schoolName} />
        {body}
      </div>
    </div>
  );
}
