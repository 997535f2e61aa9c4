import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { Radios } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, partsFromIsoDate, type DateParts } from '@/lib/date-parts';
import { formErrors } from '@/lib/form-errors';
import { toFiniteNumber } from '@/lib/format';
import { parseFte } from '@/lib/record-checks';

import { useInductionRecord } from '../api/get-induction-record';
import { StaleInductionError, useUpdateInduction } from '../api/update-induction';
import { PROGRAMME_NAMES, type InductionRecord, type Programme } from '../induction-types';

// A date's errors link to its day box.
const FIELD_IDS = {
  startedOn: 'started-on-day',
  fte: 'fte',
  programme: 'programme',
  registered: 'dfe-registered-day',
  yearOne: 'year-one-reduction',
  yearTwo: 'year-two-reduction',
} as const;

interface InductionValues {
  startedOn: DateParts;
  fte: string;
  programme: Programme;
  registered: DateParts;
  yearOne: string;
  yearTwo: string;
}

const DATABASE_FIELDS = {
  ect_inductions_fte_range: { field: FIELD_IDS.fte, text: 'Enter an FTE from 0.1 to 1' },
  ect_inductions_status_after_start: {
    field: FIELD_IDS.startedOn,
    text: 'The start date must be on or before the date the status last changed',
  },
  ect_inductions_natural_key: {
    field: FIELD_IDS.startedOn,
    text: 'This ECT already has an induction starting on that date',
  },
  ect_inductions_year_one_reduction_range: {
    field: FIELD_IDS.yearOne,
    text: 'Enter a percentage from 0 to 100',
  },
  ect_inductions_year_two_reduction_range: {
    field: FIELD_IDS.yearTwo,
    text: 'Enter a percentage from 0 to 100',
  },
};

function percent(value: string): number | null {
  const number = /^\d+(\.\d)?$/.test(value.trim()) ? Number(value) : NaN;
  return number >= 0 && number <= 100 ? number : null;
}

function validate(values: InductionValues) {
  const errors: Partial<Record<keyof InductionValues, string>> = {};
  const startedOn = checkDateParts(values.startedOn, {
    name: 'Induction start date',
    required: 'Enter the induction start date',
  });
  if (startedOn.error !== null) {
    errors.startedOn = startedOn.error;
  }
  const registered = checkDateParts(values.registered, { name: 'Date registered with the DfE' });
  if (registered.error !== null) {
    errors.registered = registered.error;
  }
  if (parseFte(values.fte) === null) {
    errors.fte = 'Enter the FTE as a number from 0.1 to 1, like 0.6';
  }
  if (percent(values.yearOne) === null) {
    errors.yearOne = 'Enter the year one reduction as a percentage from 0 to 100';
  } else if ((percent(values.yearOne) ?? 0) < 10) {
    // Statutory minimum; a lower figure is a mistake or a breach, so it is refused here.
    errors.yearOne = 'The statutory minimum reduction in year one is 10%';
  }
  if (percent(values.yearTwo) === null) {
    errors.yearTwo = 'Enter the year two reduction as a percentage from 0 to 100';
  } else if ((percent(values.yearTwo) ?? 0) < 5) {
    errors.yearTwo = 'The statutory minimum reduction in year two is 5%';
  }

  return { errors, startedOn: startedOn.iso, registered: registered.iso };
}

interface InductionFormProps {
  schoolId: string;
  schoolName: string;
  induction: InductionRecord;
}

function InductionForm({ schoolId, schoolName, induction }: InductionFormProps) {
  const navigate = useNavigate();
  const update = useUpdateInduction(induction.id);
  const [values, setValues] = useState<InductionValues>({
    startedOn: partsFromIsoDate(induction.started_on),
    fte: String(toFiniteNumber(induction.fte) ?? ''),
    programme: induction.programme,
    registered: partsFromIsoDate(induction.dfe_registered_on),
    yearOne: String(toFiniteNumber(induction.year_one_reduction_percent) ?? ''),
    yearTwo: String(toFiniteNumber(induction.year_two_reduction_percent) ?? ''),
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof InductionValues, string>>>(
    {},
  );
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const name = induction.ect?.full_name ?? 'the ECT';
  const change = (changes: Partial<InductionValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, startedOn, registered } = validate(values);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || startedOn === null) {
      return;
    }

    update.mutate(
      {
        version: induction.version,
        details: {
          started_on: startedOn,
          fte: parseFte(values.fte) ?? 1,
          programme: values.programme,
          dfe_registered_on: registered,
          year_one_reduction_percent: percent(values.yearOne) ?? 10,
          year_two_reduction_percent: percent(values.yearTwo) ?? 5,
        },
      },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, induction.id), {
            state: { notice: `${name}’s induction details have been saved.` },
          }),
        onError: (error) =>
          setServerError(
            error instanceof StaleInductionError
              ? { fieldId: FIELD_IDS.startedOn, text: `${error.message}. Reload and try again.` }
              : fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.startedOn),
          ),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Induction details – ${name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">{name}: induction details</h1>
      <form onSubmit={handleSubmit} noValidate>
        <DateInput
          id="started-on"
          legend="Induction start date at this school"
          value={values.startedOn}
          error={errors.fieldError('startedOn')}
          onChange={(startedOn) => change({ startedOn })}
        />
        <TextInput
          id={FIELD_IDS.fte}
          label="Full-time equivalent (FTE)"
          hint="1 for full time; 0.6 for three days a week"
          inputMode="decimal"
          width={4}
          value={values.fte}
          error={errors.fieldError('fte')}
          onChange={(event) => change({ fte: event.target.value })}
        />
        <Radios
          id={FIELD_IDS.programme}
          legend="Induction programme"
          choices={(['provider_led', 'school_led'] as Programme[]).map((value) => ({
            value,
            label: PROGRAMME_NAMES[value],
          }))}
          value={values.programme}
          error={errors.fieldError('programme')}
          onChange={(programme) => change({ programme })}
        />
        <DateInput
          id="dfe-registered"
          legend="Registered with the DfE (optional)"
          value={values.registered}
          error={errors.fieldError('registered')}
          onChange={(registered) => change({ registered })}
        />
        <TextInput
          id={FIELD_IDS.yearOne}
          label="Timetable reduction in year one (%)"
          hint="At least 10%"
          inputMode="decimal"
          width={4}
          value={values.yearOne}
          error={errors.fieldError('yearOne')}
          onChange={(event) => change({ yearOne: event.target.value })}
        />
        <TextInput
          id={FIELD_IDS.yearTwo}
          label="Timetable reduction in year two (%)"
          hint="At least 5%"
          inputMode="decimal"
          width={4}
          value={values.yearTwo}
          error={errors.fieldError('yearTwo')}
          onChange={(event) => change({ yearTwo: event.target.value })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save induction details'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface EditInductionPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
}

export function EditInductionPage({ schoolId, schoolName, inductionId }: EditInductionPageProps) {
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

  return <InductionForm schoolId={schoolId} schoolName={schoolName} induction={induction.data} />;
}
