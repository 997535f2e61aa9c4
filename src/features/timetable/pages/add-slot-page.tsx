import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { Checkboxes, Radios } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TextInput } from '@/components/text-input';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, partsFromIsoDate, type DateParts } from '@/lib/date-parts';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import { useAddSlot } from '../api/add-slot';
import { useInductionSlots } from '../api/get-induction-slots';
import { slotText } from '../components/slot-text';
import { WEEKDAY_NAMES, type PairingWithSlots } from '../types';

const FIELD_IDS = {
  weekday: 'weekday',
  startsAt: 'starts-at',
  minutes: 'minutes',
  teachingHours: 'in-teaching-hours',
  // The date's errors link to its day box.
  from: 'effective-from-day',
  replace: 'replace',
} as const;

type SlotValues = {
  weekday: string;
  startsAt: string;
  minutes: string;
  teachingHours: '' | 'yes' | 'no';
  from: DateParts;
  replace: 'replace'[];
};

const DATABASE_FIELDS = {
  timetable_slots_minutes_range: { field: FIELD_IDS.minutes, text: 'Enter from 5 to 240 minutes' },
  timetable_slots_weekday_range: {
    field: FIELD_IDS.weekday,
    text: 'Select a day from Monday to Friday',
  },
  timetable_slots_dates_order: { field: FIELD_IDS.from },
};

function validate(values: SlotValues, pairing: PairingWithSlots) {
  const errors: Partial<Record<keyof SlotValues, string>> = {};
  if (values.weekday === '') {
    errors.weekday = 'Select the day of the week';
  }
  if (!/^\d{2}:\d{2}$/.test(values.startsAt)) {
    errors.startsAt = 'Enter the start time, like 14:30';
  }
  const minutes = Number(values.minutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) {
    errors.minutes = 'Enter the length in whole minutes, from 5 to 240';
  }
  if (values.teachingHours === '') {
    errors.teachingHours = 'Select whether the slot is in teaching hours';
  }
  const from = checkDateParts(values.from, {
    name: 'First day the slot applies',
    required: 'Enter the first day the slot applies',
  });
  if (from.error !== null) {
    errors.from = from.error;
  } else if (from.iso < pairing.started_on) {
    errors.from = `The slot cannot start before the pairing, ${formatLongDate(pairing.started_on)}`;
  } else if (pairing.ended_on && from.iso > pairing.ended_on) {
    errors.from = `The slot cannot start after the pairing ends, ${formatLongDate(pairing.ended_on)}`;
  }

  return { errors, from: from.iso };
}

interface SlotFormProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  pairing: PairingWithSlots;
}

function SlotForm({ schoolId, schoolName, inductionId, pairing }: SlotFormProps) {
  const navigate = useNavigate();
  const add = useAddSlot();
  const today = isoDateInLondon(new Date());
  const openSlots = pairing.timetable_slots.filter((slot) => slot.effective_to === null);
  const [values, setValues] = useState<SlotValues>({
    weekday: '',
    startsAt: '',
    minutes: '',
    teachingHours: '',
    from: partsFromIsoDate(pairing.started_on > today ? pairing.started_on : today),
    replace: openSlots.length > 0 ? ['replace'] : [],
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof SlotValues, string>>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const mentor = pairing.mentor?.staff?.full_name ?? 'the mentor';
  const change = (changes: Partial<SlotValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, from } = validate(values, pairing);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || from === null) {
      return;
    }

    add.mutate(
      {
        slot: {
          school_id: schoolId,
          pairing_id: pairing.id,
          weekday: Number(values.weekday),
          starts_at: values.startsAt,
          minutes: Number(values.minutes),
          in_teaching_hours: values.teachingHours === 'yes',
          effective_from: from,
        },
        replaceOpenSlots: values.replace.length > 0,
      },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, inductionId), {
            state: { notice: `The weekly slot with ${mentor} has been added.` },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.weekday)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Add a weekly slot – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Add a weekly slot with {mentor}</h1>
      <p className="govuk-body">
        The time set aside each week for mentoring. The guidance expects it inside teaching hours.
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={FIELD_IDS.weekday}
          legend="Day"
          inline
          choices={WEEKDAY_NAMES.map((name, index) => ({ value: String(index + 1), label: name }))}
          value={values.weekday}
          error={errors.fieldError('weekday')}
          onChange={(weekday) => change({ weekday })}
        />
        <TextInput
          id={FIELD_IDS.startsAt}
          label="Start time"
          hint="24-hour clock, like 14:30"
          type="time"
          width={5}
          value={values.startsAt}
          error={errors.fieldError('startsAt')}
          onChange={(event) => change({ startsAt: event.target.value })}
        />
        <TextInput
          id={FIELD_IDS.minutes}
          label="Length in minutes"
          inputMode="numeric"
          width={4}
          value={values.minutes}
          error={errors.fieldError('minutes')}
          onChange={(event) => change({ minutes: event.target.value })}
        />
        <Radios
          id={FIELD_IDS.teachingHours}
          legend="Is the slot in teaching hours?"
          hint="Time inside the school day, not before or after it"
          inline
          choices={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.teachingHours}
          error={errors.fieldError('teachingHours')}
          onChange={(teachingHours) => change({ teachingHours })}
        />
        <DateInput
          id="effective-from"
          legend="First day the slot applies"
          value={values.from}
          error={errors.fieldError('from')}
          onChange={(from) => change({ from })}
        />
        {openSlots.length > 0 && (
          <Checkboxes
            id={FIELD_IDS.replace}
            legend="Current slots"
            choices={[
              {
                value: 'replace',
                label: `Replace ${openSlots.map(slotText).join(' and ')}`,
                hint: 'It ends the day before the new slot starts. Untick to keep both.',
              },
            ]}
            values={values.replace}
            onChange={(replace) => change({ replace })}
          />
        )}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Add slot'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, inductionId)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface AddSlotPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  pairingId: string;
}

export function AddSlotPage({ schoolId, schoolName, inductionId, pairingId }: AddSlotPageProps) {
  const pairings = useInductionSlots(schoolId, inductionId);

  if (pairings.isPending) {
    return <LoadingState what="the pairing" />;
  }
  if (pairings.isError) {
    return (
      <ErrorState
        title="The pairing could not be loaded"
        error={pairings.error}
        onRetry={() => void pairings.refetch()}
      />
    );
  }
  const pairing = pairings.data.find((candidate) => candidate.id === pairingId);
  if (!pairing) {
    return (
      <ErrorState
        title="Pairing not found"
        error="This pairing is not part of the ECT’s induction."
      />
    );
  }

  return (
    <SlotForm
      schoolId={schoolId}
      schoolName={schoolName}
      inductionId={inductionId}
      pairing={pairing}
    />
  );
}
