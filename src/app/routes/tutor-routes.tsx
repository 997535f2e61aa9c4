import type { ReactNode } from 'react';
import { useParams, type Params, type RouteObject } from 'react-router';

import { AddStaffPage } from '@/features/staff/pages/add-staff-page';
import { AddStaffRolePage } from '@/features/staff/pages/add-staff-role-page';
import { EditMentorDetailsPage } from '@/features/staff/pages/edit-mentor-details-page';
import { EditStaffMemberPage } from '@/features/staff/pages/edit-staff-member-page';
import { StaffListPage } from '@/features/staff/pages/staff-list-page';
import { StaffMemberPage } from '@/features/staff/pages/staff-member-page';
import type { SchoolMembership } from '@/features/schools/roles';

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
];
