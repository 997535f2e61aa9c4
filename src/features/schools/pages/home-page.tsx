import { Navigate } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/session';

import { useMySchoolRoles } from '../api/get-my-school-roles';
import { NotLinked } from '../components/not-linked';
import { SchoolPicker } from '../components/school-picker';
import { groupBySchool } from '../roles';

/** Sends the user to their one school, lets them pick among several, or explains they have none. */
export function HomePage() {
  const session = useSession();
  const roles = useMySchoolRoles();

  if (roles.isPending) {
    return <LoadingState what="your schools" />;
  }
  if (roles.isError) {
    return (
      <ErrorState
        title="Your schools could not be loaded"
        error={roles.error}
        onRetry={() => void roles.refetch()}
      />
    );
  }

  const memberships = groupBySchool(roles.data);
  const [onlySchool] = memberships;
  if (!onlySchool) {
    return (
      <TwoThirdsColumn>
        <title>Not linked to a school – ECT mentoring</title>
        <NotLinked email={session?.user.email} />
      </TwoThirdsColumn>
    );
  }
  if (memberships.length === 1) {
    return <Navigate to={paths.school(onlySchool.schoolId)} replace />;
  }

  return (
    <TwoThirdsColumn>
      <title>Choose a school – ECT mentoring</title>
      <h1 className="govuk-heading-l">Choose a school</h1>
      <p className="govuk-body">You have a role at more than one school.</p>
      <SchoolPicker memberships={memberships} />
    </TwoThirdsColumn>
  );
}
