import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts';
import { describeError } from '@/lib/errors';
import { useRequestIds } from '@/lib/request-ids';

import { useMyTraining } from '../api/get-my-training';
import { useLogTraining } from '../api/log-training';
import {
  EMPTY_TRAINING_FORM,
  parseTrainingForm,
  TRAINING_FIELD_IDS,
  trainingRejection,
  type TrainingField,
  type TrainingFieldErrors,
} from '../components/training-form-values';

interface LogTrainingPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

/** The back link, school caption and heading, shown above the form and above each state. */
function PageHeading({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  return (
    <>
      <Link className="govuk-back-link" to={paths.myTraining(schoolId)}>
        Back to my training
      </Link>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Log mentor training</h1>
    </>
  );
}

function TrainingForm({
  schoolId,
  schoolName,
  mentorId,
}: LogTrainingPageProps & { mentorId: string }) {
  const navigate = useNavigate();
  const logTraining = useLogTraining();
  const requestIdFor = useRequestIds();
  const { values, update, clear } = useFormDraft(`log-training:${schoolId}`, EMPTY_TRAINING_FORM);
  const [errors, setErrors] = useState<TrainingFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const summary: ErrorSummaryItem[] = (Object.keys(TRAINING_FIELD_IDS) as TrainingField[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: TRAINING_FIELD_IDS[field], text: errors[field] ?? '' }));
  const hasErrors = summary.length > 0 || formError !== null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (logTraining.isPending) return;
    const parsed = parseTrainingForm(values);
    setErrors(parsed.errors ?? {});
    setFormError(null);
    if (parsed.errors) return;

    const { input } = parsed;
    const payload = { school_id: schoolId, mentor_id: mentorId, ...input };
    try {
      await logTraining.mutateAsync({ ...payload, client_request_id: requestIdFor(payload) });
    } catch (error) {
      const rejection = trainingRejection(error);
      if (rejection) {
        setErrors({ [rejection.field]: rejection.text });
      } else {
        const { reason, advice } = describeError(error);
        setFormError(`The training could not be logged. ${reason} ${advice}`);
      }
      return;
    }
    clear();
    navigate(paths.myTraining(schoolId), {
      state: { saved: `Training on ${formatLongDate(input.completed_on)} logged` },
    });
  }

  return (
    <>
      <title>{`${hasErrors ? 'Error: ' : ''}Log training – ${schoolName} – ECT mentoring`}</title>
      {hasErrors && <ErrorSummary errors={summary} formErrors={formError ? [formError] : []} />}
      <PageHeading schoolId={schoolId} schoolName={schoolName} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <DateInput
          id="completed-on"
          legend="Date of the training"
          hint="For example, 18 11 2026"
          error={errors.completed_on}
          value={{ day: values.day, month: values.month, year: values.year }}
          onChange={(date) => update(date)}
        />
        <TextInput
          id="hours"
          label="Hours"
          hint="In quarter hours, for example 1.5"
          inputMode="decimal"
          autoComplete="off"
          width={4}
          value={values.hours}
          error={errors.hours}
          onChange={(event) => update({ hours: event.target.value })}
        />
        <TextInput
          id="activity"
          label="Activity"
          hint="For example, Module 3: adaptive teaching"
          value={values.activity}
          error={errors.activity}
          onChange={(event) => update({ activity: event.target.value })}
        />
        <button type="submit" className="govuk-button" disabled={logTraining.isPending}>
          Log training
        </button>
      </form>
    </>
  );
}

export function LogTrainingPage(props: LogTrainingPageProps) {
  const training = useMyTraining(props.schoolId, props.staffId);

  let body;
  if (training.isPending) {
    body = <LoadingState what="your training" />;
  } else if (training.isError) {
    body = (
      <ErrorState
        title="Your mentor record could not be loaded"
        error={training.error}
        onRetry={() => void training.refetch()}
      />
    );
  } else if (!training.data) {
    // The role was given without the mentor record that the tutor's forms create with it, and
    // only the tutor can add that record.
    body = (
      <p className="govuk-body">
        You have the mentor role at {props.schoolName}, but no mentor record there yet, so you
        cannot log training. Ask your induction tutor to add you as a mentor.
      </p>
    );
  } else {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <TrainingForm {...props} mentorId={training.data.mentorId} />
        </div>
      </div>
    );
  }

  // Until the form is shown, the page keeps its title and heading above the state.
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`Log training – ${props.schoolName} – ECT mentoring`}</title>
        <PageHeading schoolId={props.schoolId} schoolName={props.schoolName} />
        {body}
      </div>
    </div>
  );
}
