import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { DateInput } from '@/components/date-input';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { checkDateParts, partsFromIsoDate } from '@/lib/date-parts';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import {
  useSchoolAppropriateBody,
  type SchoolAppropriateBody,
} from '../api/get-school-appropriate-body';
import { ConcernLoader } from '../components/concern-loader';
import { useConcernChange } from '../components/use-concern-change';
import type { ConcernDetail } from '../types';

// Error links point at the day box of the date input.
const FIELD_IDS = { escalatedOn: 'escalated-on-day' } as const;

const DATABASE_FIELDS = {
  concerns_escalation_date: {
    field: FIELD_IDS.escalatedOn,
    text: 'Enter the date of the escalation',
  },
};

interface EscalateFormProps {
  schoolId: string;
  schoolName: string;
  concern: ConcernDetail;
  body: SchoolAppropriateBody | null;
}

function EscalateForm({ schoolId, schoolName, concern, body }: EscalateFormProps) {
  const change = useConcernChange(schoolId, concern, DATABASE_FIELDS, FIELD_IDS.escalatedOn);
  const [escalatedOn, setEscalatedOn] = useState(() =>
    partsFromIsoDate(isoDateInLondon(new Date())),
  );
  const [clientErrors, setClientErrors] = useState<Partial<Record<'escalatedOn', string>>>({});
  const errors = formErrors(FIELD_IDS, clientErrors, change.serverError);
  const bodyName = body?.name ?? 'the appropriate body';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raisedOn = isoDateInLondon(new Date(concern.raised_at));
    const found: Partial<Record<'escalatedOn', string>> = {};
    const date = checkDateParts(escalatedOn, {
      name: 'Date escalated',
      required: 'Enter the date the school told the appropriate body',
    });
    if (date.error !== null) {
      found.escalatedOn = date.error;
    } else if (date.iso < raisedOn) {
      found.escalatedOn = `The date must be on or after the concern was raised, ${formatLongDate(raisedOn)}`;
    } else if (date.iso > isoDateInLondon(new Date())) {
      found.escalatedOn = 'The date cannot be in the future';
    }
    setClientErrors(found);
    if (Object.keys(found).length > 0 || date.iso === null) {
      return;
    }
    change.save(
      {
        status: 'escalated',
        escalated_on: date.iso,
        escalated_to_appropriate_body_id: body?.id ?? null,
      },
      `The concern was escalated to ${bodyName} on ${formatLongDate(date.iso)}.`,
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Escalate – ${concern.summary} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">
        {schoolName}: {concern.summary}
      </span>
      <h1 className="govuk-heading-l">Escalate to {bodyName}</h1>
      <p className="govuk-body">
        Record the date the school told the appropriate body. This page records the escalation; it
        does not send anything.
      </p>
      {!body && (
        <p className="govuk-body">
          The school has no appropriate body recorded, so the escalation is saved without one.
        </p>
      )}
      <form onSubmit={handleSubmit} noValidate>
        <DateInput
          id="escalated-on"
          legend="Date escalated"
          value={escalatedOn}
          error={errors.fieldError('escalatedOn')}
          onChange={setEscalatedOn}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Record escalation'}
          </button>
          <Link className="govuk-link" to={paths.concern(schoolId, concern.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface EscalateConcernPageProps {
  schoolId: string;
  schoolName: string;
  concernId: string;
}

export function EscalateConcernPage({ schoolId, schoolName, concernId }: EscalateConcernPageProps) {
  const body = useSchoolAppropriateBody(schoolId);

  if (body.isPending) {
    return <LoadingState what="the school’s appropriate body" />;
  }
  if (body.isError) {
    return (
      <ErrorState
        title="The school’s appropriate body could not be loaded"
        error={body.error}
        onRetry={() => void body.refetch()}
      />
    );
  }

  return (
    <ConcernLoader schoolId={schoolId} concernId={concernId}>
      {(concern) => (
        <EscalateForm
          schoolId={schoolId}
          schoolName={schoolName}
          concern={concern}
          body={body.data}
        />
      )}
    </ConcernLoader>
  );
}
