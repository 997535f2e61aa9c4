import { redirect } from 'react-router';

import { paths } from '@/config/paths';
import { signOut } from '@/features/auth/api/sign-out';
import { clearAllDrafts } from '@/lib/drafts';
import { describeError } from '@/lib/errors';
import { queryClient } from '@/lib/query-client';

export interface SignOutFailure {
  reason: string;
  advice: string;
}

let signingOut = false;

/** True while the sign-out button's request runs, so a SIGNED_OUT event can tell it apart. */
export function isSigningOut(): boolean {
  return signingOut;
}

/** Route action behind the sign-out button; returns the failure for the header to show. */
export async function signOutAction(): Promise<Response | SignOutFailure> {
  signingOut = true;
  try {
    await signOut(queryClient);
  } catch (error) {
    const { reason, advice } = describeError(error);
    return { reason, advice };
  } finally {
    signingOut = false;
  }
  // Form drafts are kept for a user whose sign-in expired, not for one who chose to leave.
  clearAllDrafts();

  return redirect(paths.signIn);
}
