import type { ReactNode } from 'react';
import { useParams, type Params, type RouteObject } from 'react-router';

import { RecordReviewPage } from '@/features/calendar/pages/record-review-page';
import { ConcernPage } from '@/features/concerns/pages/concern-page';
import { ConcernsPage } from '@/features/concerns/pages/concerns-page';
import { EscalateConcernPage } from '@/features/concerns/pages/escalate-concern-page';
import { RaiseConcernPage } from '@/features/concerns/pages/raise-concern-page';
import { ResolveConcernPage } from '@/features/concerns/pages/resolve-concern-page';
import { TriageConcernPage } from '@/features/concerns/pages/triage-concern-page';
import { ChangeStatusPage } from '@/features/ects/pages/change-status-page';
import { EditInductionPage } from '@/features/ects/pages/edit-induction-page';
import { InductionsPage } from '@/features/ects/pages/inductions-page';
import { ImportStaffPage } from '@/features/imports/pages/import-staff-page';
import { AssignMentorPage } from '@/features/pairings/pages/assign-mentor-page';
import { EndPairingPage } from '@/features/pairings/pages/end-pairing-page';
import { AddSlotPage } from '@/features/timetable/pages/add-slot-page';
import { TermDatesPage } from '@/features/timetable/pages/term-dates-page';
import { AddStaffPage } from '@/features/staff/pages/add-staff-page';
import { AddStaffRolePage } from '@/features/staff/pages/add-staff-role-page';
import { EditMentorDetailsPage } from '@/features/staff/pages/edit-mentor-details-page';
import { EditStaffMemberPage } from '@/features/staff/pages/edit-staff-member-page';
import { StaffListPage } from '@/features/staff/pages/staff-list-page';
import { StaffMemberPage } from '@/features/staff/pages/staff-member-page';
import type { SchoolMembership } from '@/features/schools/roles';

import { InductionPage } from './induction-page';
import { NoAccess } from './no-access';
import { useSchoolMembership } from './school-layout';

interface TutorPageProps {
  render: (membership: SchoolMembership, params: Readonly<Params<string>>) => ReactNode;
}

/** Renders a record-keeping page for the school's induction tutors only. */
function TutorPage({ render }: TutorPageProps) {
  const membership = useSchoolMembership();
  const params = useParams();

  if (!membership.roles.includes('induction_tutor')) {
    return <NoAccess reason="Only the induction tutor keeps these records." />;
  }

  return render(membership, params);
}

function tutorRoute(path: string, render: TutorPageProps['render']): RouteObject {
  return { path, element: <TutorPage render={render} /> };
}

/** The induction tutor's pages, below /schools/:schoolId. */
export const tutorRoutes: RouteObject[] = [
  tutorRoute('staff', (m) => <StaffListPage schoolId={m.schoolId} schoolName={m.schoolName} />),
  tutorRoute('staff/new', (m) => <AddStaffPage schoolId={m.schoolId} schoolName={m.schoolName} />),
  tutorRoute('staff/import', (m) => (
    <ImportStaffPage schoolId={m.schoolId} schoolName={m.schoolName} />
  )),
  tutorRoute('staff/:staffId', (m, params) => (
    <StaffMemberPage schoolId={m.schoolId} schoolName={m.schoolName} staffId={params.staffId!} />
  )),
  tutorRoute('staff/:staffId/edit', (m, params) => (
    <EditStaffMemberPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      staffId={params.staffId!}
    />
  )),
  tutorRoute('staff/:staffId/roles/new', (m, params) => (
    <AddStaffRolePage schoolId={m.schoolId} schoolName={m.schoolName} staffId={params.staffId!} />
  )),
  tutorRoute('staff/:staffId/mentor', (m, params) => (
    <EditMentorDetailsPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      staffId={params.staffId!}
    />
  )),
  tutorRoute('ects', (m) => <InductionsPage schoolId={m.schoolId} schoolName={m.schoolName} />),
  tutorRoute('ects/:inductionId', (m, params) => (
    <InductionPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
    />
  )),
  tutorRoute('ects/:inductionId/edit', (m, params) => (
    <EditInductionPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
    />
  )),
  tutorRoute('ects/:inductionId/status', (m, params) => (
    <ChangeStatusPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
    />
  )),
  tutorRoute('ects/:inductionId/mentor', (m, params) => (
    <AssignMentorPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
    />
  )),
  tutorRoute('ects/:inductionId/pairings/:pairingId/end', (m, params) => (
    <EndPairingPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
      pairingId={params.pairingId!}
    />
  )),
  tutorRoute('ects/:inductionId/pairings/:pairingId/slots/new', (m, params) => (
    <AddSlotPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
      pairingId={params.pairingId!}
    />
  )),
  tutorRoute('ects/:inductionId/reviews/:term', (m, params) => (
    <RecordReviewPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      inductionId={params.inductionId!}
      term={Number(params.term)}
    />
  )),
  tutorRoute('concerns', (m) => <ConcernsPage schoolId={m.schoolId} schoolName={m.schoolName} />),
  tutorRoute('concerns/new', (m) => (
    <RaiseConcernPage schoolId={m.schoolId} schoolName={m.schoolName} staffId={m.staffId} />
  )),
  tutorRoute('concerns/:concernId', (m, params) => (
    <ConcernPage schoolId={m.schoolId} schoolName={m.schoolName} concernId={params.concernId!} />
  )),
  tutorRoute('concerns/:concernId/triage', (m, params) => (
    <TriageConcernPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      concernId={params.concernId!}
    />
  )),
  tutorRoute('concerns/:concernId/escalate', (m, params) => (
    <EscalateConcernPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      concernId={params.concernId!}
    />
  )),
  tutorRoute('concerns/:concernId/resolve', (m, params) => (
    <ResolveConcernPage
      schoolId={m.schoolId}
      schoolName={m.schoolName}
      concernId={params.concernId!}
    />
  )),
  tutorRoute('term-dates', (m) => (
    <TermDatesPage schoolId={m.schoolId} schoolName={m.schoolName} />
  )),
];
