import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';

import { useMyInductions } from '../api/get-my-induction';
import { currentPairing } from '../components/current-pairing';

interface MyInductionPageProps {
  schoolId: string;
  schoolName: string;
  /** The signed-in user's staff id at this school. */
  staffId: string;
}

function MyInductionBody({ schoolId, staffId }: Omit<MyInductionPageProps, 'schoolName'>) {
  const inductions = useMyInductions(schoolId, staffId);

  if (inductions.isPending) {
    return <LoadingState what="your induction" />;
  }
  if (inductions.isError) {
    return (
      <ErrorState
        title="Your induction could not be loaded"
        error={inductions.error}
        onRetry={() => void inductions.refetch()}
      />
    );
  }

  const [induction] = inductions.data;
  if (!induction) {
    return (
      <EmptyState title="No induction recorded yet">
        <p className="govuk-body">
          Your school has not recorded your induction yet. Ask your induction tutor to add it.
        </p>
      </EmptyState>
    );
  }

  const pairing = currentPairing(induction.pairings, isoDateInLondon(new Date()));
  const mentor = pairing?.mentor?.staff ?? null;

  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Induction started</dt>
        <dd className="govuk-summary-list__value">{formatLongDate(induction.started_on)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Your mentor</dt>
        <dd className="govuk-summary-list__value">
          {mentor ? (
            <>
              {mentor.full_name}
              <br />
              <a className="govuk-link" href={`mailto:${mentor.email}`}>
                {mentor.email}
              </a>
            </>
          ) : pairing ? (
            'Name not available'
          ) : (
            'No mentor yet. Ask your induction tutor who your mentor will be.'
          )}
        </dd>
      </div>
      {pairing && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Mentoring since</dt>
          <dd className="govuk-summary-list__value">{formatLongDate(pairing.started_on)}</dd>
        </div>
      )}
    </dl>
  );
}

export function MyInductionPage({ schoolId, schoolName, staffId }: MyInductionPageProps) {
  return (
    <TwoThirdsColumn>
      <title>{`My induction – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My induction</h1>
      {/* TODO: the ECT's timetabled slot and session record belong on this page. */}
      <MyInductionBody schoolId={schoolId} staffId={staffId} />
    </TwoThirdsColumn>
  );
}
