import { redirect, type LoaderFunctionArgs } from 'react-router';

import { paths } from '@/config/paths';
import { loadSession } from '@/lib/session';

/** Route loader: sends a visitor who is not signed in to the sign-in page, then back here. */
export async function requireSession({ request }: LoaderFunctionArgs) {
  const session = await loadSession();
  if (!session) {
    const url = new URL(request.url);
    const returnPath = url.pathname + url.search;
    const query = returnPath === paths.home ? '' : `?next=${encodeURIComponent(returnPath)}`;
    throw redirect(`${paths.signIn}${query}`);
  }

  return null;
}

/** Route loader for the sign-in page: a signed-in user has nothing to do there. */
export async function redirectIfSignedIn() {
  const session = await loadSession();
  if (session) {
    throw redirect(paths.home);
  }

  return null;
}
