// The requests each role's page sends to the API, written as supabase-js 2 sends them for the
// calls in src/features/*/api. The browser step of the benchmark records what the built app
// really sends and the report compares the two, so a change in the app shows up there.

import type { IsoDate } from '../../supabase/seed/dates.ts';
import type { SignIn, SignInRole } from '../generate/school.ts';

export interface ApiRequest {
  /** Names the request in the report, such as `rpc/school_dashboard_tiles`. */
  name: string;
  method: 'GET' | 'POST';
  /** Path and query below the API URL. */
  path: string;
  body?: unknown;
  /** Accept header; supabase-js sends the single-object type for `.single()`. */
  accept?: string;
}

export interface PageDefinition {
  /** Names the page in the report. */
  page: string;
  role: SignInRole;
  /** The page's own requests, sent together; the roles lookup is counted separately. */
  requests(user: SignIn, asOf: IsoDate): ApiRequest[];
}

const SINGLE_OBJECT = 'application/vnd.pgrst.object+json';

export const ROLES_REQUEST: ApiRequest = {
  name: 'rpc/current_user_roles',
  method: 'POST',
  path: '/rest/v1/rpc/current_user_roles',
  body: {},
};

function dashboardRequests(user: SignIn): ApiRequest[] {
  return [
    {
      name: 'rpc/school_dashboard_tiles',
      method: 'POST',
      path: '/rest/v1/rpc/school_dashboard_tiles',
      body: { p_school_id: user.schoolId },
      accept: SINGLE_OBJECT,
    },
    {
      name: 'rpc/school_dashboard_ects',
      method: 'POST',
      path: '/rest/v1/rpc/school_dashboard_ects',
      body: { p_school_id: user.schoolId },
    },
  ];
}

/** src/features/pairings/api/get-my-pairings.ts */
const MENTOR_PAIRING_COLUMNS =
  'id,started_on,ended_on,mentor:mentors!inner(staff_id),' +
  'ect_induction:ect_inductions(id,started_on,fte,status,ect:staff(full_name))';

/** src/features/ects/api/get-my-induction.ts */
const INDUCTION_COLUMNS =
  'id,started_on,fte,status,' +
  'pairings(id,started_on,ended_on,mentor:mentors(staff(full_name,email)))';

function query(entries: [string, string][]): string {
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

export const PAGES: PageDefinition[] = [
  { page: 'tutor dashboard', role: 'tutor', requests: dashboardRequests },
  { page: 'head dashboard', role: 'head', requests: dashboardRequests },
  {
    page: 'mentor: my ECTs',
    role: 'mentor',
    requests: (user, asOf) => [
      {
        name: 'pairings (embedded)',
        method: 'GET',
        path:
          '/rest/v1/pairings?' +
          query([
            ['select', MENTOR_PAIRING_COLUMNS],
            ['school_id', `eq.${user.schoolId}`],
            ['mentor.staff_id', `eq.${user.staffId}`],
            ['started_on', `lte.${asOf}`],
            ['or', `(ended_on.is.null,ended_on.gte.${asOf})`],
          ]),
      },
    ],
  },
  {
    page: 'ECT: my induction',
    role: 'ect',
    requests: (user) => [
      {
        name: 'ect_inductions (embedded)',
        method: 'GET',
        path:
          '/rest/v1/ect_inductions?' +
          query([
            ['select', INDUCTION_COLUMNS],
            ['school_id', `eq.${user.schoolId}`],
            ['ect_staff_id', `eq.${user.staffId}`],
            ['order', 'started_on.desc'],
          ]),
      },
    ],
  },
];
