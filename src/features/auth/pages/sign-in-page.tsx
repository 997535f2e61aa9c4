import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';

import { SignInForm } from '../components/sign-in-form';

/** Accepts only a path inside this app, so a crafted link cannot send the user elsewhere. */
function safeReturnPath(value: string | null): string {
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) {
    return value;
  }

  return paths.home;
}

export function SignInPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [errorsShown, setErrorsShown] = useState(false);

  return (
    <div className="govuk-grid-row">
      <title>{`${errorsShown ? 'Error: ' : ''}Sign in – ECT mentoring`}</title>
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in to ECT mentoring</h1>
        <p className="govuk-body">
          Use the email address your school gave ECT mentoring and your password.
        </p>
        <SignInForm
          onSignedIn={() => navigate(safeReturnPath(searchParams.get('next')), { replace: true })}
          onErrorsShown={setErrorsShown}
        />
      </div>
    </div>
  );
}
