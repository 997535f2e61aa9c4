import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';

import { useUpdateSession } from '../api/save-session';
import { PairingGuard } from '../components/pairing-guard';
import { SessionForm } from '../components/session-form';
import { formValuesOfSession } from '../components/session-form-values';
import { SessionGuard } from '../components/session-guard';

interface EditSessionPageProps {
  schoolId: string;
  schoolName: string;
  pairingId: string;
  sessionId: string;
}

export function EditSessionPage({
  schoolId,
  schoolName,
  pairingId,
  sessionId,
}: EditSessionPageProps) {
  const navigate = useNavigate();
  const updateSession = useUpdateSession();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PairingGuard schoolId={schoolId} pairingId={pairingId}>
          {({ details, ectName }) => (
            <SessionGuard schoolId={schoolId} pairingId={pairingId} sessionId={sessionId}>
              {(session) => (
                <SessionForm
                  // The version is part of the key: a draft typed against an older version
                  // is not restored over newer saved values.
                  draftKey={`edit-session:${session.id}:${session.version}`}
                  initial={formValuesOfSession(session)}
                  title={`Change a session with ${ectName} – ${schoolName} – ECT mentoring`}
                  pairing={{ started_on: details.started_on, ended_on: details.ended_on, ectName }}
                  submitLabel="Save changes"
                  onSave={(input) =>
                    updateSession.mutateAsync({
                      ...input,
                      id: session.id,
                      version: session.version,
                    })
                  }
                  onSaved={(input) =>
                    navigate(paths.pairingSessions(schoolId, pairingId), {
                      state: { saved: `Session on ${formatLongDate(input.held_on)} changed` },
                    })
                  }
                >
                  <Link className="govuk-back-link" to={paths.pairingSessions(schoolId, pairingId)}>
                    Back to sessions with {ectName}
                  </Link>
                  <span className="govuk-caption-l">{ectName}</span>
                  <h1 className="govuk-heading-l">Change a session</h1>
                </SessionForm>
              )}
            </SessionGuard>
          )}
        </PairingGuard>
      </div>
    </div>
  );
}
