import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';

import { paths } from '@/config/paths';
import { SignInPage } from '@/features/auth/pages/sign-in-page';
import { schoolDashboardQueryOptions } from '@/features/dashboards/api/get-school-dashboard';
import { HomePage } from '@/features/schools/pages/home-page';
import { queryClient } from '@/lib/query-client';
import { loadSession } from '@/lib/session';
import { supabase } from '@/lib/supabase';

import { redirectIfSignedIn, requireSession } from './auth-guard';
import { AppLayout } from './layout/app-layout';
import { NotFound, RouteError } from './routes/route-error';
import { SchoolLayout } from './routes/school-layout';
import { compareSchoolsRoute, roleRoutes } from './routes/role-routes';
import { tutorRoutes } from './routes/tutor-routes';
import { isSigningOut, signOutAction } from './sign-out';

/** Starts the dashboard's request while the route resolves; the page shows its loading state. */
async function prefetchDashboard({ params }: LoaderFunctionArgs) {
  const { schoolId } = params;
  // Loaders run in parallel with the auth guard, so check the session before asking.
  if (schoolId && (await loadSession())) {
    void queryClient.prefetchQuery(schoolDashboardQueryOptions(schoolId));
  }

  return null;
}

/**
 * Loads a school page's code when the route is first visited, so that signing in does not wait
 * for the code of every role's pages.
 */
function schoolPage(
  name: 'SchoolLanding' | 'SchoolDashboardRoute' | 'MyEctsRoute' | 'MyInductionRoute',
) {
  return async () => {
    const pages = await import('./routes/school-pages');
    return { Component: pages[name] };
  };
}

export const router = createBrowserRouter([
  {
    path: paths.home,
    element: <AppLayout />,
    hydrateFallbackElement: null,
    errorElement: (
      <AppLayout>
        <RouteError />
      </AppLayout>
    ),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.signIn, loader: redirectIfSignedIn, element: <SignInPage /> },
          { path: paths.signOut, action: signOutAction, loader: () => redirect(paths.home) },
          {
            loader: requireSession,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'schools/:schoolId',
                element: <SchoolLayout />,
                children: [
                  { index: true, lazy: schoolPage('SchoolLanding') },
                  {
                    path: 'dashboard',
                    // The prefetch starts at once, while the page's code loads.
                    loader: prefetchDashboard,
                    lazy: schoolPage('SchoolDashboardRoute'),
                  },
                  { path: 'my-ects', lazy: schoolPage('MyEctsRoute') },
                  { path: 'my-induction', lazy: schoolPage('MyInductionRoute') },
                  ...tutorRoutes,
                  ...roleRoutes,
                ],
              },
              compareSchoolsRoute,
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

// A session can also end outside the sign-out button: in another tab, or when a refresh token
// is rejected. The cached data then belongs to no signed-in user, so it is emptied and the user
// sent to sign in.
supabase.auth.onAuthStateChange((event) => {
  if (event !== 'SIGNED_OUT') {
    return;
  }
  // A session that ended by itself (expired, revoked) returns the user to the page they were
  // on after signing in again, where a form restores its draft; the sign-out button does not.
  const chosen = isSigningOut();
  // supabase-js holds a lock while it runs this callback, and a navigation runs loaders that
  // call supabase-js, so the navigation waits for the callback to return.
  setTimeout(() => {
    queryClient.clear();
    const { pathname, search } = router.state.location;
    if (pathname !== paths.signIn) {
      const next = chosen ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      void router.navigate(`${paths.signIn}${next}`, { replace: true });
    }
  }, 0);
});
