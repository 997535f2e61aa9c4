import { Outlet, useOutletContext, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { useMySchoolRoles } from '@/features/schools/api/get-my-school-roles';
import { groupBySchool, type SchoolMembership } from '@/features/schools/roles';

import { NoAccess } from './no-access';

/** Checks that the user has a role at the school in the URL and hands it to the pages below. */
export function SchoolLayout() {
  const { schoolId } = useParams();
  const roles = useMySchoolRoles();

  if (roles.isPending) {
    return <LoadingState what="your roles at this school" />;
  }
  if (roles.isError) {
    return (
      <ErrorState
        title="Your roles at this school could not be loaded"
        error={roles.error}
        onRetry={() => void roles.refetch()}
      />
    );
  }

  const membership = groupBySchool(roles.data).find((school) => school.schoolId === schoolId);
  if (!membership) {
    return <NoAccess reason="You do not have a role at this school." />;
  }

  return <Outlet context={membership satisfies SchoolMembership} />;
}

export function useSchoolMembership(): SchoolMembership {
  return useOutletContext<SchoolMembership>();
}
