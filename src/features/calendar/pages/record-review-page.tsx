import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { Radios, TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, partsFromIsoDate, type DateParts } from '@/lib/date-parts';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import { useInductionCalendar } from '../api/get-induction-calendar';
import { useRecordReview } from '../api/record-review';
import { KIND_LABELS, type Checkpoint } from '../types';

// The date's errors link to its day box.
const FIELD_IDS = { completedOn: 'completed-on-day', onTrack: 'on-track', notes: 'notes' } as const;

interface ReviewValues {
  completedOn: DateParts;
  onTrack: '' | 'yes' | 'no';
  notes: string;
}

const DATABASE_FIELDS = {
  completed_on: { field: FIELD_IDS.completedOn },
  induction_reviews_notes_length: {
    field: FIELD_IDS.notes,
    text: 'Enter notes of 4000 characters or fewer',
  },
};

interface ReviewFormProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  checkpoint: Checkpoint;
}

function ReviewForm({ schoolId, schoolName, inductionId, checkpoint }: ReviewFormProps) {
  const navigate = useNavigate();
  const record = useRecordReview();
  const [values, setValues] = useState<ReviewValues>({
    completedOn: partsFromIsoDate(checkpoint.completed_on),
    onTrack: checkpoint.on_track === null ? '' : checkpoint.on_track ? 'yes' : 'no',
    notes: checkpoint.notes ?? '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof ReviewValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const title = `${KIND_LABELS[checkpoint.kind]}, induction term ${checkpoint.induction_term}`;
  const isAssessment = checkpoint.kind === 'formal_assessment';
  const change = (changes: Partial<ReviewValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<keyof ReviewValues, string>> = {};
    const completedOn = checkDateParts(values.completedOn, {
      name: 'Date it took place',
      required: 'Enter the date it took place',
    });
    if (completedOn.error !== null) {
      found.completedOn = completedOn.error;
    } else if (completedOn.iso > isoDateInLondon(new Date())) {
      found.completedOn = 'The date cannot be in the future';
    }
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || completedOn.iso === null) {
      return;
    }
    const completedIso = completedOn.iso;

    record.mutate(
      {
        school_id: schoolId,
        ect_induction_id: inductionId,
        induction_term: checkpoint.induction_term,
        completed_on: completedIso,
        on_track: values.onTrack === '' ? null : values.onTrack === 'yes',
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, inductionId), {
            state: {
              notice: `${title} recorded as done on ${formatLongDate(completedIso)}.`,
            },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.completedOn)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}${title} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {checkpoint.due_on
          ? `Due by ${formatLongDate(checkpoint.due_on)}.`
          : 'Due date not known yet.'}
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <DateInput
          id="completed-on"
          legend="Date it took place"
          value={values.completedOn}
          error={errors.fieldError('completedOn')}
          onChange={(completedOn) => change({ completedOn })}
        />
        <Radios
          id={FIELD_IDS.onTrack}
          legend={
            isAssessment ? 'Is the ECT making satisfactory progress?' : 'Is the ECT on track?'
          }
          hint="Optional"
          inline
          choices={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.onTrack}
          error={errors.fieldError('onTrack')}
          onChange={(onTrack) => change({ onTrack })}
        />
        <TextareaField
          id={FIELD_IDS.notes}
          label="Notes (optional)"
          value={values.notes}
          error={errors.fieldError('notes')}
          onChange={(event) => change({ notes: event.target.value })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Save'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, inductionId)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface RecordReviewPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  term: number;
}

export function RecordReviewPage({
  schoolId,
  schoolName,
  inductionId,
  term,
}: RecordReviewPageProps) {
  const calendar = useInductionCalendar(schoolId, inductionId);

  if (calendar.isPending) {
    return <LoadingState what="the induction calendar" />;
  }
  if (calendar.isError) {
    return (
      <ErrorState
        title="The induction calendar could not be loaded"
        error={calendar.error}
        onRetry={() => void calendar.refetch()}
      />
    );
  }
  const checkpoint = calendar.data.find((candidate) => candidate.induction_term === term);
  if (!checkpoint) {
    return (
      <ErrorState
        title="No such induction term"
        error={`Induction terms run from 1 to 6, not ${term}.`}
      />
    );
  }

  return (
    <ReviewForm
      schoolId={schoolId}
      schoolName={schoolName}
      inductionId={inductionId}
      checkpoint={checkpoint}
    />
  );
}
