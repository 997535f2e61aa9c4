import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { ErrorState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';

/** Shown in place of a page that threw while loading or rendering. */
export function RouteError() {
  const error = useRouteError();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }

  return (
    <TwoThirdsColumn>
      <title>Error – ECT mentoring</title>
      <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
      <ErrorState title="The page could not be shown" error={error} />
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home}>
          Go to your start page
        </Link>
      </p>
    </TwoThirdsColumn>
  );
}

export function NotFound() {
  return (
    <TwoThirdsColumn>
      <title>Page not found – ECT mentoring</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home}>
          Go to your start page
        </Link>
      </p>
    </TwoThirdsColumn>
  );
}
