import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';
import { useRequestIds } from '@/lib/request-ids';

import { useLogSession } from '../api/save-session';
import { PairingGuard, type LoadedPairing } from '../components/pairing-guard';
import { SessionForm } from '../components/session-form';
import { EMPTY_SESSION_FORM } from '../components/session-form-values';

interface LogSessionPageProps {
  schoolId: string;
  schoolName: string;
  pairingId: string;
}

function LogSessionForm({
  schoolId,
  schoolName,
  pairing,
}: Omit<LogSessionPageProps, 'pairingId'> & { pairing: LoadedPairing }) {
  const navigate = useNavigate();
  const logSession = useLogSession();
  // One id per set of values: a double click or an identical retry logs one session, and a
  // retry with changed values is a new request that the database does not drop.
  const requestIdFor = useRequestIds();
  const { details, ectName } = pairing;

  return (
    <SessionForm
      draftKey={`log-session:${details.id}`}
      initial={EMPTY_SESSION_FORM}
      title={`Log a session with ${ectName} – ${schoolName} – ECT mentoring`}
      pairing={{ started_on: details.started_on, ended_on: details.ended_on, ectName }}
      submitLabel="Log session"
      onSave={(input) => {
        const payload = { ...input, school_id: schoolId, pairing_id: details.id };
        return logSession.mutateAsync({ ...payload, client_request_id: requestIdFor(payload) });
      }}
      onSaved={(input) =>
        navigate(paths.pairingSessions(schoolId, details.id), {
          state: { saved: `Session on ${formatLongDate(input.held_on)} logged` },
        })
      }
    >
      <Link className="govuk-back-link" to={paths.pairingSessions(schoolId, details.id)}>
        Back to sessions with {ectName}
      </Link>
      <span className="govuk-caption-l">{ectName}</span>
      <h1 className="govuk-heading-l">Log a session or observation</h1>
    </SessionForm>
  );
}

export function LogSessionPage({ schoolId, schoolName, pairingId }: LogSessionPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PairingGuard schoolId={schoolId} pairingId={pairingId}>
          {(pairing) => (
            <LogSessionForm schoolId={schoolId} schoolName={schoolName} pairing={pairing} />
          )}
        </PairingGuard>
      </div>
    </div>
  );
}
