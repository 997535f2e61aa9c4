import { redirect } from 'react-router';

import { paths } from '@/config/paths';
import { signOut } from '@/features/auth/api/sign-out';
import { describeError } from '@/lib/errors';
import { queryClient } from '@/lib/query-client';

export interface SignOutFailure {
  reason: string;
  advice: string;
}

/** Route action behind the sign-out button; returns the failure for the header to show. */
export async function signOutAction(): Promise<Response | SignOutFailure> {
  try {
    await signOut(queryClient);
  } catch (error) {
    const { reason, advice } = describeError(error);
    return { reason, advice };
  }

  return redirect(paths.signIn);
}
