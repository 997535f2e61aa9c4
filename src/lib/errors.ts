import { isAuthError } from '@supabase/supabase-js';

export interface ErrorDescription {
  /** What went wrong, in words a user understands. */
  reason: string;
  /** What the user can do about it. */
  advice: string;
  /** The technical message, shown in a details section for support staff. */
  technical: string | null;
}

function isNetworkError(error: unknown): boolean {
  // fetch rejects with a TypeError when the server cannot be reached ('Failed to fetch' in
  // Chromium, 'NetworkError when attempting to fetch resource' in Firefox).
  if (error instanceof TypeError) {
    return true;
  }

  return isAuthError(error) && error.name === 'AuthRetryableFetchError';
}

function postgrestCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' && code !== '' ? code : null;
  }

  return null;
}

function messageOf(error: unknown): string | null {
  if (error instanceof Error) {
    return error.message;
  }
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }

  return error === undefined || error === null ? null : String(error);
}

/** Turns an error from supabase-js or fetch into a reason a user can act on. */
export function describeError(error: unknown): ErrorDescription {
  const technical = messageOf(error);
  const code = postgrestCode(error);

  if (isNetworkError(error)) {
    return {
      reason: 'The server could not be reached.',
      advice: 'Check your internet connection, then try again.',
      technical,
    };
  }
  if (code === 'PGRST301' || code === 'PGRST303') {
    return {
      reason: 'Your sign-in has expired or is no longer valid.',
      advice: 'Sign out, sign in again, then try again.',
      technical,
    };
  }
  if (code === 'PT404') {
    return {
      reason: 'This record was not found, or you cannot change it.',
      advice:
        'Reload the page to see the current records. If you should be able to change it, ask ' +
        "your school's induction tutor to check your role.",
      technical,
    };
  }
  if (code === '42501') {
    return {
      reason: 'Your account does not have permission to see this.',
      advice: "If you should have access, ask your school's induction tutor to check your role.",
      technical,
    };
  }

  return {
    reason: 'The server returned an error.',
    advice:
      'Try again in a few minutes. If it keeps failing, send the technical details below to ' +
      'whoever supports ECT mentoring at your school.',
    technical,
  };
}
