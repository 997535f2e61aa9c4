import type { RouteObject } from 'react-router';

type RolePageName =
  | 'PairingSessionsRoute'
  | 'LogSessionRoute'
  | 'EditSessionRoute'
  | 'DeleteSessionRoute'
  | 'MyConcernsRoute'
  | 'RaiseMyConcernRoute'
  | 'MyTrainingRoute'
  | 'LogTrainingRoute'
  | 'MentorTimeRoute'
  | 'ConcernsSummaryRoute'
  | 'CompareSchoolsPage';

/** Loads a role page's code on first visit. */
function rolePage(name: RolePageName) {
  return async () => {
    const pages = await import('./role-pages');
    return { Component: pages[name] };
  };
}

/** The mentor's and the headteacher's pages, below /schools/:schoolId. */
export const roleRoutes: RouteObject[] = [
  { path: 'my-ects/:pairingId', lazy: rolePage('PairingSessionsRoute') },
  { path: 'my-ects/:pairingId/log', lazy: rolePage('LogSessionRoute') },
  { path: 'my-ects/:pairingId/sessions/:sessionId/edit', lazy: rolePage('EditSessionRoute') },
  { path: 'my-ects/:pairingId/sessions/:sessionId/delete', lazy: rolePage('DeleteSessionRoute') },
  { path: 'my-concerns', lazy: rolePage('MyConcernsRoute') },
  { path: 'my-concerns/new', lazy: rolePage('RaiseMyConcernRoute') },
  { path: 'my-training', lazy: rolePage('MyTrainingRoute') },
  { path: 'my-training/log', lazy: rolePage('LogTrainingRoute') },
  { path: 'mentor-time', lazy: rolePage('MentorTimeRoute') },
  { path: 'concerns-summary', lazy: rolePage('ConcernsSummaryRoute') },
];

/** The comparison of the user's schools, at /compare-schools. */
export const compareSchoolsRoute: RouteObject = {
  path: 'compare-schools',
  lazy: rolePage('CompareSchoolsPage'),
};
