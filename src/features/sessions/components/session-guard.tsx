import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { paths } from '@/config/paths';

import { usePairingSessions } from '../api/get-pairing-sessions';
import type { MentorSession } from '../types';

interface SessionGuardProps {
  schoolId: string;
  pairingId: string;
  sessionId: string;
  children: (session: MentorSession) => ReactNode;
}

/** Loads one session of a pairing, with its loading, error and not-found states. */
export function SessionGuard({ schoolId, pairingId, sessionId, children }: SessionGuardProps) {
  const sessions = usePairingSessions(pairingId);

  if (sessions.isPending) {
    return <LoadingState what="the session" />;
  }
  if (sessions.isError) {
    return (
      <ErrorState
        title="The session could not be loaded"
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
      />
    );
  }
  const session = sessions.data.find((candidate) => candidate.id === sessionId);
  if (!session) {
    return (
      <EmptyState title="Session not found">
        <p className="govuk-body">
          It may have been deleted.{' '}
          <Link className="govuk-link" to={paths.pairingSessions(schoolId, pairingId)}>
            Go back to the sessions
          </Link>
          .
        </p>
      </EmptyState>
    );
  }

  return children(session);
}
