import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { Radios, TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { Tag } from '@/components/tag';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, EMPTY_DATE_PARTS, type DateParts } from '@/lib/date-parts';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import { useAssignMentor } from '../api/assign-mentor';
import { useMentorOptions } from '../api/get-mentor-options';
import { usePairingInduction } from '../api/get-pairing-induction';
import {
  mentorWarnings,
  pairingOn,
  summariseMentors,
  type MentorSummary,
} from '../components/mentor-choice';
import type { MentorOption, PairingInduction } from '../pairing-types';

// The date's errors link to its day box.
const FIELD_IDS = { mentor: 'mentor', startsOn: 'starts-on-day', reason: 'reason' } as const;

interface AssignValues {
  mentor: string;
  startsOn: DateParts;
  reason: string;
}

// The RPC names these constraints or raises these messages; each belongs to one field.
const DATABASE_FIELDS = {
  pairings_one_mentor_per_day: { field: FIELD_IDS.startsOn },
  started_on: { field: FIELD_IDS.startsOn },
  pairings_end_reason_length: {
    field: FIELD_IDS.reason,
    text: 'Enter a reason of 500 characters or fewer',
  },
};

function MentorHint({
  summary,
  ectStaffId,
}: {
  summary: MentorSummary;
  ectStaffId: string | null;
}) {
  const { option, sameSubject, currentMentees, previousMentees } = summary;
  if (option.id === ectStaffId) {
    return <>This is the ECT: a mentor cannot mentor themself</>;
  }
  const facts = [
    option.subject_or_phase ?? 'No subject or phase recorded',
    currentMentees.length === 0
      ? 'not mentoring anyone now'
      : `mentoring ${currentMentees.join(', ')} now`,
    previousMentees.length === 0 ? null : `mentored before: ${previousMentees.join(', ')}`,
  ].filter((fact): fact is string => fact !== null);

  return (
    <>
      {sameSubject && (
        <>
          <Tag colour="green">Same subject or phase</Tag>{' '}
        </>
      )}
      {facts.join('; ')}
    </>
  );
}

function Warnings({ option }: { option: MentorOption | undefined }) {
  const warnings = option ? mentorWarnings(option) : [];
  if (warnings.length === 0) {
    return null;
  }

  return (
    <div className="govuk-warning-text app-field-warning">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {warnings.join(' ')} You can still choose them.
      </strong>
    </div>
  );
}

interface AssignFormProps {
  schoolId: string;
  schoolName: string;
  induction: PairingInduction;
  options: MentorOption[];
}

function AssignForm({ schoolId, schoolName, induction, options }: AssignFormProps) {
  const navigate = useNavigate();
  const assign = useAssignMentor(induction.id);
  const today = isoDateInLondon(new Date());
  const current = pairingOn(induction.pairings, today);
  const [values, setValues] = useState<AssignValues>({
    mentor: '',
    startsOn: EMPTY_DATE_PARTS,
    reason: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof AssignValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const name = induction.ect?.full_name ?? 'the ECT';
  const summaries = summariseMentors(options, induction.ect?.subject_or_phase ?? null, today);
  const selected = options.find((option) => option.id === values.mentor);
  const change = (changes: Partial<AssignValues>) =>
    setValues((currentValues) => ({ ...currentValues, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<keyof AssignValues, string>> = {};
    if (values.mentor === '') {
      found.mentor = 'Select a mentor';
    }
    const startsOn = checkDateParts(values.startsOn, {
      name: 'Start date',
      required: 'Enter the date the mentor starts',
    });
    if (startsOn.error !== null) {
      found.startsOn = startsOn.error;
    } else if (startsOn.iso < induction.started_on) {
      found.startsOn = `The mentor cannot start before the induction started, ${formatLongDate(induction.started_on)}`;
    }
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || startsOn.iso === null) {
      return;
    }
    const startsIso = startsOn.iso;

    assign.mutate(
      {
        mentorStaffId: values.mentor,
        startsOn: startsIso,
        reason: values.reason.trim() || null,
      },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, induction.id), {
            state: {
              notice: `${selected?.full_name ?? 'The mentor'} mentors ${name} from ${formatLongDate(startsIso)}.`,
            },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.mentor)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Choose a mentor – ${name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Choose a mentor for {name}</h1>
      <p className="govuk-body">
        {current
          ? `${current.mentor?.staff?.full_name ?? 'The current mentor'} mentors ${name} now. Their pairing ends the day before the new mentor starts, and stays in the history.`
          : `${name} has no mentor today.`}{' '}
        {induction.ect?.subject_or_phase
          ? `Mentors who share ${name}’s subject or phase (${induction.ect.subject_or_phase}) are listed first.`
          : ''}
      </p>
      <form onSubmit={handleSubmit} noValidate>
        {options.length === 0 ? (
          <p className="govuk-body">
            Nobody has the mentor role yet.{' '}
            <Link className="govuk-link" to={paths.addStaff(schoolId)}>
              Add a mentor
            </Link>
            .
          </p>
        ) : (
          <Radios
            id={FIELD_IDS.mentor}
            legend="Mentor"
            choices={summaries.map((summary) => ({
              value: summary.option.id,
              label: summary.option.full_name,
              hint: <MentorHint summary={summary} ectStaffId={induction.ect?.id ?? null} />,
            }))}
            value={values.mentor}
            error={errors.fieldError('mentor')}
            onChange={(mentor) => change({ mentor })}
          >
            <Warnings option={selected} />
          </Radios>
        )}
        <DateInput
          id="starts-on"
          legend="Start date"
          hint={`On or after ${formatLongDate(induction.started_on)}, when the induction started`}
          value={values.startsOn}
          error={errors.fieldError('startsOn')}
          onChange={(startsOn) => change({ startsOn })}
        />
        {current && (
          <TextareaField
            id={FIELD_IDS.reason}
            label="Why the mentor is changing (optional)"
            value={values.reason}
            error={errors.fieldError('reason')}
            onChange={(event) => change({ reason: event.target.value })}
          />
        )}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={assign.isPending}>
            {assign.isPending ? 'Saving…' : 'Save mentor'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface AssignMentorPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
}

export function AssignMentorPage({ schoolId, schoolName, inductionId }: AssignMentorPageProps) {
  const induction = usePairingInduction(schoolId, inductionId);
  const options = useMentorOptions(schoolId);

  if (induction.isPending || options.isPending) {
    return <LoadingState what="the mentors" />;
  }
  if (induction.isError || options.isError) {
    return (
      <ErrorState
        title="The mentors could not be loaded"
        error={induction.error ?? options.error}
        onRetry={() => {
          void induction.refetch();
          void options.refetch();
        }}
      />
    );
  }

  return (
    <AssignForm
      schoolId={schoolId}
      schoolName={schoolName}
      induction={induction.data}
      options={options.data}
    />
  );
}
