import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { TextareaField } from '@/components/form-fields';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { formErrors } from '@/lib/form-errors';

import { ConcernLoader } from '../components/concern-loader';
import { useConcernChange } from '../components/use-concern-change';
import type { ConcernDetail } from '../types';

const FIELD_IDS = { outcome: 'outcome' } as const;

const DATABASE_FIELDS = {
  concerns_resolution_recorded: { field: FIELD_IDS.outcome, text: 'Enter the outcome' },
  concerns_resolution_length: {
    field: FIELD_IDS.outcome,
    text: 'Enter an outcome of 4000 characters or fewer',
  },
};

interface ResolveFormProps {
  schoolId: string;
  schoolName: string;
  concern: ConcernDetail;
}

function ResolveForm({ schoolId, schoolName, concern }: ResolveFormProps) {
  const change = useConcernChange(schoolId, concern, DATABASE_FIELDS, FIELD_IDS.outcome);
  const [outcome, setOutcome] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<'outcome', string>>>({});
  const errors = formErrors(FIELD_IDS, clientErrors, change.serverError);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<'outcome', string>> = {};
    if (outcome.trim() === '') {
      found.outcome = 'Enter the outcome: what was done and how it ended';
    } else if (outcome.length > 4000) {
      found.outcome = 'Enter an outcome of 4000 characters or fewer';
    }
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    change.save(
      { status: 'resolved', resolved_at: new Date().toISOString(), resolution: outcome.trim() },
      'The concern is resolved.',
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Resolve – ${concern.summary} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">
        {schoolName}: {concern.summary}
      </span>
      <h1 className="govuk-heading-l">Resolve the concern</h1>
      <form onSubmit={handleSubmit} noValidate>
        <TextareaField
          id={FIELD_IDS.outcome}
          label="Outcome"
          hint="For example: support plan agreed and met; the appropriate body advised an extension"
          value={outcome}
          error={errors.fieldError('outcome')}
          onChange={(event) => setOutcome(event.target.value)}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Resolve concern'}
          </button>
          <Link className="govuk-link" to={paths.concern(schoolId, concern.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface ResolveConcernPageProps {
  schoolId: string;
  schoolName: string;
  concernId: string;
}

export function ResolveConcernPage({ schoolId, schoolName, concernId }: ResolveConcernPageProps) {
  return (
    <ConcernLoader schoolId={schoolId} concernId={concernId}>
      {(concern) => <ResolveForm schoolId={schoolId} schoolName={schoolName} concern={concern} />}
    </ConcernLoader>
  );
}
