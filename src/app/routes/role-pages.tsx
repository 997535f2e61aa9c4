// Pages of the mentor, the headteacher and the ECT below /schools/:schoolId, each behind a
// check of the user's roles at that school. Loaded on first visit, like the other school pages.
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

import { ConcernsSummaryPage } from '@/features/headteacher/pages/concerns-summary-page';
import { MentorTimePage } from '@/features/headteacher/pages/mentor-time-page';
import { MyConcernsPage } from '@/features/mentors/pages/my-concerns-page';
import { RaiseConcernPage } from '@/features/mentors/pages/raise-concern-page';
import type { SchoolRole } from '@/features/schools/roles';
import { DeleteSessionPage } from '@/features/sessions/pages/delete-session-page';
import { EditSessionPage } from '@/features/sessions/pages/edit-session-page';
import { LogSessionPage } from '@/features/sessions/pages/log-session-page';
import { PairingSessionsPage } from '@/features/sessions/pages/pairing-sessions-page';
import { LogTrainingPage } from '@/features/training/pages/log-training-page';
import { MyTrainingPage } from '@/features/training/pages/my-training-page';

export { CompareSchoolsPage } from '@/features/headteacher/pages/compare-schools-page';

import { NoAccess } from './no-access';
import { useSchoolMembership } from './school-layout';

const MENTOR_ONLY = 'This page is for mentors, and you are not a mentor at this school.';
const LEADERS_ONLY = 'Only the headteacher and the induction tutor see this page.';

function RequireRole({
  roles,
  reason,
  children,
}: {
  roles: SchoolRole[];
  reason: string;
  children: ReactNode;
}) {
  const membership = useSchoolMembership();
  if (!roles.some((role) => membership.roles.includes(role))) {
    return <NoAccess reason={reason} />;
  }
  return children;
}

function useIds() {
  const membership = useSchoolMembership();
  const params = useParams();
  return { ...membership, pairingId: params.pairingId ?? '', sessionId: params.sessionId ?? '' };
}

export function PairingSessionsRoute() {
  const { schoolId, schoolName, pairingId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <PairingSessionsPage schoolId={schoolId} schoolName={schoolName} pairingId={pairingId} />
    </RequireRole>
  );
}

export function LogSessionRoute() {
  const { schoolId, schoolName, pairingId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <LogSessionPage schoolId={schoolId} schoolName={schoolName} pairingId={pairingId} />
    </RequireRole>
  );
}

export function EditSessionRoute() {
  const { schoolId, schoolName, pairingId, sessionId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <EditSessionPage
        schoolId={schoolId}
        schoolName={schoolName}
        pairingId={pairingId}
        sessionId={sessionId}
      />
    </RequireRole>
  );
}

export function DeleteSessionRoute() {
  const { schoolId, schoolName, pairingId, sessionId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <DeleteSessionPage
        schoolId={schoolId}
        schoolName={schoolName}
        pairingId={pairingId}
        sessionId={sessionId}
      />
    </RequireRole>
  );
}

export function MyConcernsRoute() {
  const { schoolId, schoolName, staffId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <MyConcernsPage schoolId={schoolId} schoolName={schoolName} staffId={staffId} />
    </RequireRole>
  );
}

export function RaiseMyConcernRoute() {
  const { schoolId, schoolName, staffId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <RaiseConcernPage schoolId={schoolId} schoolName={schoolName} staffId={staffId} />
    </RequireRole>
  );
}

export function MyTrainingRoute() {
  const { schoolId, schoolName, staffId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <MyTrainingPage schoolId={schoolId} schoolName={schoolName} staffId={staffId} />
    </RequireRole>
  );
}

export function LogTrainingRoute() {
  const { schoolId, schoolName, staffId } = useIds();
  return (
    <RequireRole roles={['mentor']} reason={MENTOR_ONLY}>
      <LogTrainingPage schoolId={schoolId} schoolName={schoolName} staffId={staffId} />
    </RequireRole>
  );
}

export function MentorTimeRoute() {
  const { schoolId, schoolName } = useIds();
  return (
    <RequireRole roles={['headteacher', 'induction_tutor']} reason={LEADERS_ONLY}>
      <MentorTimePage schoolId={schoolId} schoolName={schoolName} />
    </RequireRole>
  );
}

export function ConcernsSummaryRoute() {
  const { schoolId, schoolName } = useIds();
  return (
    <RequireRole roles={['headteacher', 'induction_tutor']} reason={LEADERS_ONLY}>
      <ConcernsSummaryPage schoolId={schoolId} schoolName={schoolName} />
    </RequireRole>
  );
}
