import { Link } from 'react-router';

import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';

interface NoAccessProps {
  reason: string;
}

export function NoAccess({ reason }: NoAccessProps) {
  return (
    <TwoThirdsColumn>
      <title>No access – ECT mentoring</title>
      <h1 className="govuk-heading-l">You cannot see this page</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        If you think you should, ask your school&apos;s induction tutor to check your roles.{' '}
        <Link className="govuk-link" to={paths.home}>
          Go to your start page
        </Link>
        .
      </p>
    </TwoThirdsColumn>
  );
}
