import { Link, useLocation } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessBanner } from '@/components/success-banner';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/session';

import { usePairingDetails } from '../api/get-pairing-details';
import { usePairingSessions } from '../api/get-pairing-sessions';
import { SessionsTable } from '../components/sessions-table';
import { WeeklyChart } from '../components/weekly-chart';

interface PairingSessionsPageProps {
  schoolId: string;
  schoolName: string;
  pairingId: string;
}

/** Location state that a form leaves behind for the success banner. */
export interface SavedState {
  saved?: string;
}

function SessionsList({ schoolId, pairingId }: { schoolId: string; pairingId: string }) {
  const sessions = usePairingSessions(pairingId);
  const session = useSession();

  if (sessions.isPending) {
    return <LoadingState what="the sessions" />;
  }
  if (sessions.isError) {
    return (
      <ErrorState
        title="The sessions could not be loaded"
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
      />
    );
  }
  if (sessions.data.length === 0) {
    return (
      <EmptyState title="No sessions logged yet">
        <p className="govuk-body">Sessions you log for this pairing will be listed here.</p>
      </EmptyState>
    );
  }

  return (
    <SessionsTable
      caption="Sessions logged, newest first"
      schoolId={schoolId}
      sessions={sessions.data}
      userId={session?.user.id ?? null}
    />
  );
}

export function PairingSessionsPage({ schoolId, schoolName, pairingId }: PairingSessionsPageProps) {
  const pairing = usePairingDetails(pairingId);
  const location = useLocation();
  const saved = (location.state as SavedState | null)?.saved;

  if (pairing.isPending) {
    return <LoadingState what="the pairing" />;
  }
  if (pairing.isError) {
    return (
      <ErrorState
        title="The pairing could not be loaded"
        error={pairing.error}
        onRetry={() => void pairing.refetch()}
      />
    );
  }
  if (!pairing.data?.ect_induction) {
    return (
      <EmptyState title="Pairing not found">
        <p className="govuk-body">
          This pairing does not exist or is not yours.{' '}
          <Link className="govuk-link" to={paths.myEcts(schoolId)}>
            Go to My ECTs
          </Link>
          .
        </p>
      </EmptyState>
    );
  }
  const ectName = pairing.data.ect_induction.ect?.full_name ?? 'your ECT';

  return (
    <>
      <title>{`Sessions with ${ectName} – ${schoolName} – ECT mentoring`}</title>
      <Link className="govuk-back-link" to={paths.myEcts(schoolId)}>
        Back to My ECTs
      </Link>
      {saved && <SuccessBanner text={saved} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Sessions with {ectName}</h1>
      <Link
        className="govuk-button"
        to={paths.logSession(schoolId, pairingId)}
        data-module="govuk-button"
      >
        Log a session
      </Link>
      <h2 className="govuk-heading-m">This term</h2>
      <WeeklyChart inductionId={pairing.data.ect_induction.id} ectName={ectName} />
      <SessionsList schoolId={schoolId} pairingId={pairingId} />
    </>
  );
}
