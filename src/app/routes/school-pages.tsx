import { Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { SchoolDashboardPage } from '@/features/dashboards/pages/school-dashboard-page';
import { MyInductionPage } from '@/features/ect/pages/my-induction-page';
import { MyEctsPage } from '@/features/mentors/pages/my-ects-page';
import { landingForRoles } from '@/features/schools/roles';

import { NoAccess } from './no-access';
import { useSchoolMembership } from './school-layout';

/** Sends the user to the page of their highest-priority role at this school. */
export function SchoolLanding() {
  const { schoolId, roles } = useSchoolMembership();

  switch (landingForRoles(roles)) {
    case 'dashboard':
      return <Navigate to={paths.schoolDashboard(schoolId)} replace />;
    case 'my-ects':
      return <Navigate to={paths.myEcts(schoolId)} replace />;
    case 'my-induction':
      return <Navigate to={paths.myInduction(schoolId)} replace />;
    default:
      return <NoAccess reason="You do not have a role at this school." />;
  }
}

export function SchoolDashboardRoute() {
  const { schoolId, schoolName, roles } = useSchoolMembership();

  if (!roles.includes('induction_tutor') && !roles.includes('headteacher')) {
    return <NoAccess reason="Only the induction tutor and the headteacher see the dashboard." />;
  }

  return (
    <SchoolDashboardPage
      schoolId={schoolId}
      schoolName={schoolName}
      readOnly={!roles.includes('induction_tutor')}
    />
  );
}

export function MyEctsRoute() {
  const { schoolId, schoolName, roles } = useSchoolMembership();

  if (!roles.includes('mentor')) {
    return <NoAccess reason="This page is for mentors, and you are not a mentor at this school." />;
  }

  return <MyEctsPage schoolId={schoolId} schoolName={schoolName} />;
}

export function MyInductionRoute() {
  const { schoolId, schoolName, staffId, roles } = useSchoolMembership();

  if (!roles.includes('ect')) {
    return <NoAccess reason="This page is for ECTs, and you are not an ECT at this school." />;
  }

  return <MyInductionPage schoolId={schoolId} schoolName={schoolName} staffId={staffId} />;
}
