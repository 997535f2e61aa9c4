import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { SummaryList } from '@/components/summary-list';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';
import { describeError } from '@/lib/errors';
import { formatFigure } from '@/lib/format';

import { StaleVersionError, useDeleteSession } from '../api/save-session';
import { PairingGuard } from '../components/pairing-guard';
import { SessionGuard } from '../components/session-guard';
import { SESSION_KIND_LABELS, type MentorSession } from '../types';

interface DeleteSessionPageProps {
  schoolId: string;
  schoolName: string;
  pairingId: string;
  sessionId: string;
}

function deleteError(error: unknown): string {
  if (error instanceof StaleVersionError) {
    return (
      'Someone else changed or deleted this session after you opened it, so it was not ' +
      'deleted. Go back to the sessions to see the latest version.'
    );
  }
  const { reason, advice } = describeError(error);
  return `The session could not be deleted. ${reason} ${advice}`;
}

function ConfirmDelete({
  schoolId,
  schoolName,
  pairingId,
  ectName,
  session,
}: Omit<DeleteSessionPageProps, 'sessionId'> & { ectName: string; session: MentorSession }) {
  const navigate = useNavigate();
  const deleteSession = useDeleteSession();
  const [error, setError] = useState<string | null>(null);
  const date = formatLongDate(session.held_on);

  async function confirm() {
    setError(null);
    try {
      await deleteSession.mutateAsync({ id: session.id, version: session.version });
    } catch (caught) {
      setError(deleteError(caught));
      return;
    }
    navigate(paths.pairingSessions(schoolId, pairingId), {
      state: { saved: `Session on ${date} deleted` },
    });
  }

  return (
    <>
      <title>{`${error ? 'Error: ' : ''}Delete a session – ${schoolName} – ECT mentoring`}</title>
      {error && <ErrorSummary errors={[]} formErrors={[error]} />}
      <Link className="govuk-back-link" to={paths.pairingSessions(schoolId, pairingId)}>
        Back to sessions with {ectName}
      </Link>
      <span className="govuk-caption-l">{ectName}</span>
      <h1 className="govuk-heading-l">Delete the session on {date}?</h1>
      <SummaryList
        rows={[
          { key: 'Kind', value: SESSION_KIND_LABELS[session.kind] },
          { key: 'Minutes', value: formatFigure(session.minutes) },
          { key: 'In teaching hours', value: session.in_teaching_hours ? 'Yes' : 'No' },
          { key: 'Notes', value: session.notes ?? 'None' },
        ]}
      />
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={deleteSession.isPending}
          onClick={() => void confirm()}
        >
          Delete session
        </button>
        <Link className="govuk-link" to={paths.pairingSessions(schoolId, pairingId)}>
          Cancel
        </Link>
      </div>
    </>
  );
}

export function DeleteSessionPage(props: DeleteSessionPageProps) {
  const { schoolId, pairingId, sessionId } = props;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PairingGuard schoolId={schoolId} pairingId={pairingId}>
          {({ ectName }) => (
            <SessionGuard schoolId={schoolId} pairingId={pairingId} sessionId={sessionId}>
              {(session) => <ConfirmDelete {...props} ectName={ectName} session={session} />}
            </SessionGuard>
          )}
        </PairingGuard>
      </div>
    </div>
  );
}
