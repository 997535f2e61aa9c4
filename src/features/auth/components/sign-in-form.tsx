import { isAuthApiError, isAuthError } from '@supabase/supabase-js';
import { useState, type FormEvent, type ReactNode } from 'react';

import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextInput } from '@/components/text-input';
import { describeError } from '@/lib/errors';

import { useSignIn } from '../api/sign-in';
import { validateSignIn, type SignInFieldErrors } from './validate-sign-in';

function signInFailureText(error: unknown): string {
  if (isAuthApiError(error) && error.code === 'invalid_credentials') {
    return 'Invalid login credentials: check your email address and password, then try again';
  }
  if (isAuthError(error) && error.name !== 'AuthRetryableFetchError' && error.message) {
    return `Sign-in failed: ${error.message}`;
  }
  const { reason, advice } = describeError(error);

  return `Sign-in failed. ${reason} ${advice}`;
}

interface SignInFormProps {
  /** The page's heading and introduction, which go below the error summary. */
  children: ReactNode;
  onSignedIn: () => void;
  /** Called with true while the form shows errors, so the page can prefix its title. */
  onErrorsShown?: (shown: boolean) => void;
}

export function SignInForm({ children, onSignedIn, onErrorsShown }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const signIn = useSignIn();

  // A rejected sign-in goes on the email field, because GoTrue does not say which field was wrong.
  const errors: SignInFieldErrors = signIn.isError
    ? { email: signInFailureText(signIn.error) }
    : fieldErrors;
  const summaryItems: ErrorSummaryItem[] = [
    errors.email ? { fieldId: 'email', text: errors.email } : null,
    errors.password ? { fieldId: 'password', text: errors.password } : null,
  ].filter((item): item is ErrorSummaryItem => item !== null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateSignIn(email, password);
    setFieldErrors(found);
    signIn.reset();
    const hasErrors = Object.keys(found).length > 0;
    onErrorsShown?.(hasErrors);
    if (hasErrors) {
      return;
    }

    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: onSignedIn, onError: () => onErrorsShown?.(true) },
    );
  }

  return (
    <>
      {summaryItems.length > 0 && <ErrorSummary errors={summaryItems} />}
      {children}
      <form onSubmit={handleSubmit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="submit"
          className="govuk-button"
          data-module="govuk-button"
          disabled={signIn.isPending}
          aria-disabled={signIn.isPending || undefined}
        >
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}
