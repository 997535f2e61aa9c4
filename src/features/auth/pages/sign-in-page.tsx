import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { SignInForm } from '../components/sign-in-form';
import { safeReturnPath } from '../return-path';

export function SignInPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [errorsShown, setErrorsShown] = useState(false);

  return (
    <div className="govuk-grid-row">
      <title>{`${errorsShown ? 'Error: ' : ''}Sign in – ECT mentoring`}</title>
      <div className="govuk-grid-column-two-thirds">
        <SignInForm
          onSignedIn={() => navigate(safeReturnPath(searchParams.get('next')), { replace: true })}
          onErrorsShown={setErrorsShown}
        >
          <h1 className="govuk-heading-l">Sign in to ECT mentoring</h1>
          <p className="govuk-body">
            Use the email address your school gave ECT mentoring and your password.
          </p>
        </SignInForm>
      </div>
    </div>
  );
}
