import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useMyPairings } from '../api/get-my-pairings';

interface MyEctsPageProps {
  schoolId: string;
  schoolName: string;
  /** The signed-in user's staff id at this school. */
  staffId: string;
}

function MyEctsBody({ schoolId, staffId }: Omit<MyEctsPageProps, 'schoolName'>) {
  const pairings = useMyPairings(schoolId, staffId, isoDateInLondon(new Date()));

  if (pairings.isPending) {
    return <LoadingState what="your ECTs" />;
  }
  if (pairings.isError) {
    return (
      <ErrorState
        title="Your ECTs could not be loaded"
        error={pairings.error}
        onRetry={() => void pairings.refetch()}
      />
    );
  }
  if (pairings.data.length === 0) {
    return (
      <EmptyState title="You are not mentoring anyone at the moment">
        <p className="govuk-body">
          When the induction tutor pairs you with an ECT, they will appear here.
        </p>
      </EmptyState>
    );
  }

  return (
    <ul className="govuk-list app-card-list">
      {pairings.data.map((pairing) => (
        <li key={pairing.id} className="app-card">
          <h2 className="govuk-heading-m">
            {pairing.ect_induction?.ect?.full_name ?? 'Name not available'}
          </h2>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Your mentoring started</dt>
              <dd className="govuk-summary-list__value">{formatLongDate(pairing.started_on)}</dd>
            </div>
            {pairing.ect_induction && (
              <>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Induction started</dt>
                  <dd className="govuk-summary-list__value">
                    {formatLongDate(pairing.ect_induction.started_on)}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">FTE</dt>
                  <dd className="govuk-summary-list__value">
                    {formatFigure(pairing.ect_induction.fte, { maximumFractionDigits: 2 })}
                  </dd>
                </div>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function MyEctsPage({ schoolId, schoolName, staffId }: MyEctsPageProps) {
  return (
    <TwoThirdsColumn>
      <title>{`My ECTs – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My ECTs</h1>
      <p className="govuk-body">The early career teachers you mentor now.</p>
      {/* TODO: session logging, timetabled slots and concerns belong on this page. */}
      <MyEctsBody schoolId={schoolId} staffId={staffId} />
    </TwoThirdsColumn>
  );
}
