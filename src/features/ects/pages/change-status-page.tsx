import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { Radios, TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { countCharacters } from '@/lib/characters';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, EMPTY_DATE_PARTS, type DateParts } from '@/lib/date-parts';
import { formatLongDate } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import { useChangeInductionStatus } from '../api/change-induction-status';
import { useInductionRecord } from '../api/get-induction-record';
import {
  INDUCTION_STATUSES,
  STATUS_LABELS,
  type InductionRecord,
  type InductionStatus,
} from '../induction-types';

// The date's errors link to its day box.
const FIELD_IDS = { status: 'status', changedOn: 'changed-on-day', reason: 'reason' } as const;

interface StatusValues {
  status: InductionStatus | '';
  changedOn: DateParts;
  reason: string;
}

const STATUS_HINTS: Record<InductionStatus, string> = {
  active: 'The induction is under way (or resumes after a pause)',
  paused: 'For example parental leave or long illness; the mentor stays',
  leaving: 'The ECT will leave on the date given; their mentor’s pairing ends that day',
  moved_school: 'The ECT continues induction at another school, which keeps its own record',
  withdrawn: 'The induction stops; pairings end on the date given',
  completed: 'The appropriate body has recorded the final assessment',
};

const DATABASE_FIELDS = {
  ect_inductions_status_after_start: { field: FIELD_IDS.changedOn },
  ect_inductions_status_reason_length: {
    field: FIELD_IDS.reason,
    text: 'Enter a reason of 500 characters or fewer',
  },
};

function validate(values: StatusValues, induction: InductionRecord) {
  const errors: Partial<Record<keyof StatusValues, string>> = {};
  if (values.status === '') {
    errors.status = 'Select the new status';
  }
  const changedOn = checkDateParts(values.changedOn, {
    name: 'Date of the change',
    required: 'Enter the date the status changed',
  });
  if (changedOn.error !== null) {
    errors.changedOn = changedOn.error;
  } else if (changedOn.iso < induction.started_on) {
    errors.changedOn = `The date must be on or after the induction started, ${formatLongDate(induction.started_on)}`;
  }
  if (values.status === 'moved_school' && values.reason.trim() === '') {
    errors.reason = 'Enter the school the ECT moved to';
  }
  if (countCharacters(values.reason) > 500) {
    errors.reason = 'Enter a reason of 500 characters or fewer';
  }

  return { errors, changedOn: changedOn.iso };
}

interface StatusFormProps {
  schoolId: string;
  schoolName: string;
  induction: InductionRecord;
}

function StatusForm({ schoolId, schoolName, induction }: StatusFormProps) {
  const navigate = useNavigate();
  const change = useChangeInductionStatus(induction.id);
  const [values, setValues] = useState<StatusValues>({
    status: '',
    changedOn: EMPTY_DATE_PARTS,
    reason: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof StatusValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const name = induction.ect?.full_name ?? 'the ECT';
  const update = (changes: Partial<StatusValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, changedOn } = validate(values, induction);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || values.status === '' || changedOn === null) {
      return;
    }
    const status = values.status;

    change.mutate(
      { status, changedOn, reason: values.reason.trim() || null },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, induction.id), {
            state: {
              notice: `${name}’s induction is now recorded as ${STATUS_LABELS[status].toLowerCase()}.`,
            },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.status)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Change status – ${name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Change {name}’s induction status</h1>
      <p className="govuk-body">
        Now: {STATUS_LABELS[induction.status]}
        {induction.status_changed_on ? ` since ${formatLongDate(induction.status_changed_on)}` : ''}
        . Earlier statuses stay in the history.
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={FIELD_IDS.status}
          legend="New status"
          choices={INDUCTION_STATUSES.filter((status) => status !== induction.status).map(
            (status) => ({
              value: status,
              label: STATUS_LABELS[status],
              hint: STATUS_HINTS[status],
            }),
          )}
          value={values.status}
          error={errors.fieldError('status')}
          onChange={(status) => update({ status })}
        />
        <DateInput
          id="changed-on"
          legend="Date of the change"
          hint="For leaving, the ECT’s last day at this school"
          value={values.changedOn}
          error={errors.fieldError('changedOn')}
          onChange={(changedOn) => update({ changedOn })}
        />
        <TextareaField
          id={FIELD_IDS.reason}
          label={values.status === 'moved_school' ? 'School the ECT moved to' : 'Reason (optional)'}
          value={values.reason}
          error={errors.fieldError('reason')}
          onChange={(event) => update({ reason: event.target.value })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Save status'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface ChangeStatusPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
}

export function ChangeStatusPage({ schoolId, schoolName, inductionId }: ChangeStatusPageProps) {
  const induction = useInductionRecord(schoolId, inductionId);

  if (induction.isPending) {
    return <LoadingState what="the induction" />;
  }
  if (induction.isError) {
    return (
      <ErrorState
        title="The induction could not be loaded"
        error={induction.error}
        onRetry={() => void induction.refetch()}
      />
    );
  }

  return <StatusForm schoolId={schoolId} schoolName={schoolName} induction={induction.data} />;
}
