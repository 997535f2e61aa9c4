import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { checkDateParts, EMPTY_DATE_PARTS } from '@/lib/date-parts';
import { formatLongDate } from '@/lib/dates';
import { formErrors } from '@/lib/form-errors';

import { useEndPairing } from '../api/end-pairing';
import { usePairingInduction } from '../api/get-pairing-induction';
import type { InductionPairing, PairingInduction } from '../pairing-types';

// The date's errors link to its day box.
const FIELD_IDS = { endedOn: 'ended-on-day', reason: 'reason' } as const;

const DATABASE_FIELDS = {
  pairings_dates_order: { field: FIELD_IDS.endedOn },
  pairings_end_reason_length: {
    field: FIELD_IDS.reason,
    text: 'Enter a reason of 500 characters or fewer',
  },
};

interface EndFormProps {
  schoolId: string;
  schoolName: string;
  induction: PairingInduction;
  pairing: InductionPairing;
}

function EndForm({ schoolId, schoolName, induction, pairing }: EndFormProps) {
  const navigate = useNavigate();
  const end = useEndPairing(pairing.id);
  const [endedOn, setEndedOn] = useState(EMPTY_DATE_PARTS);
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<'endedOn' | 'reason', string>>>(
    {},
  );
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(FIELD_IDS, clientErrors, serverError);
  const mentor = pairing.mentor?.staff?.full_name ?? 'The mentor';
  const ect = induction.ect?.full_name ?? 'the ECT';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<'endedOn' | 'reason', string>> = {};
    const date = checkDateParts(endedOn, {
      name: 'Last day of the pairing',
      required: 'Enter the last day of the pairing',
    });
    if (date.error !== null) {
      found.endedOn = date.error;
    } else if (date.iso < pairing.started_on) {
      found.endedOn = `The pairing cannot end before it started, ${formatLongDate(pairing.started_on)}`;
    }
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0 || date.iso === null) {
      return;
    }
    const endedIso = date.iso;

    end.mutate(
      { endedOn: endedIso, reason: reason.trim() || null },
      {
        onSuccess: () =>
          void navigate(paths.induction(schoolId, induction.id), {
            state: {
              notice: `${mentor}’s pairing with ${ect} ends on ${formatLongDate(endedIso)}.`,
            },
          }),
        onError: (error) =>
          setServerError(fieldErrorFromDatabase(error, DATABASE_FIELDS, FIELD_IDS.endedOn)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}End pairing – ${ect} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">
        End {mentor}’s pairing with {ect}
      </h1>
      <p className="govuk-body">
        {ect} will have no mentor after this day until you choose a new one. To replace the mentor,
        use Change mentor instead: it ends this pairing for you.
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <DateInput
          id="ended-on"
          legend="Last day of the pairing"
          value={endedOn}
          error={errors.fieldError('endedOn')}
          onChange={setEndedOn}
        />
        <TextareaField
          id={FIELD_IDS.reason}
          label="Why it ends (optional)"
          value={reason}
          error={errors.fieldError('reason')}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="govuk-button-group">
          <button
            type="submit"
            className="govuk-button govuk-button--warning"
            disabled={end.isPending}
          >
            {end.isPending ? 'Saving…' : 'End pairing'}
          </button>
          <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface EndPairingPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  pairingId: string;
}

export function EndPairingPage({
  schoolId,
  schoolName,
  inductionId,
  pairingId,
}: EndPairingPageProps) {
  const induction = usePairingInduction(schoolId, inductionId);

  if (induction.isPending) {
    return <LoadingState what="the pairing" />;
  }
  if (induction.isError) {
    return (
      <ErrorState
        title="The pairing could not be loaded"
        error={induction.error}
        onRetry={() => void induction.refetch()}
      />
    );
  }
  const pairing = induction.data.pairings.find((candidate) => candidate.id === pairingId);
  if (!pairing) {
    return (
      <ErrorState
        title="Pairing not found"
        error="This pairing is not part of the ECT’s induction."
      />
    );
  }

  return (
    <EndForm
      schoolId={schoolId}
      schoolName={schoolName}
      induction={induction.data}
      pairing={pairing}
    />
  );
}
