// The requests each role's page sends to the API, written as supabase-js 2 sends them for the
// calls in src/features/*/api. The browser step of the benchmark records what the built app
// really sends and the report compares the two, so a change in the app shows up there.

import type { IsoDate } from '../../supabase/seed/dates.ts';
import type { SignIn, SignInRole } from '../generate/school.ts';

export interface ApiRequest {
  /** Names the request in the report, such as `rpc/school_dashboard`. */
  name: string;
  method: 'GET' | 'POST';
  /** Path and query below the API URL. */
  path: string;
  body?: unknown;
  /** Accept header; supabase-js sends the single-object type for `.single()`. */
  accept?: string;
  /** Sent once the page's other requests have returned, because it needs their data. */
  afterOthers?: boolean;
}

export interface PageDefinition {
  /** Names the page in the report. */
  page: string;
  role: SignInRole;
  /** The page's own requests, sent together; the roles lookup is counted separately. */
  requests(user: SignIn, asOf: IsoDate): ApiRequest[];
}

export const ROLES_REQUEST: ApiRequest = {
  name: 'rpc/current_user_roles',
  method: 'POST',
  path: '/rest/v1/rpc/current_user_roles',
  body: {},
};

/** src/features/dashboards/api/get-school-dashboard.ts */
function dashboardRequests(user: SignIn): ApiRequest[] {
  return [
    {
      name: 'rpc/school_dashboard',
      method: 'POST',
      path: '/rest/v1/rpc/school_dashboard',
      body: { p_school_id: user.schoolId },
    },
  ];
}

/** src/features/ect/api/get-my-induction.ts */
const ECT_INDUCTION_COLUMNS =
  'id,started_on,fte,status,' +
  'pairings(id,started_on,ended_on,mentor:mentors(staff(full_name,email)),' +
  'timetable_slots(id,weekday,starts_at,minutes,in_teaching_hours,effective_from,effective_to),' +
  'mentor_sessions(id,held_on,minutes,kind,in_teaching_hours))';

function query(entries: [string, string][]): string {
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

export const PAGES: PageDefinition[] = [
  { page: 'tutor dashboard', role: 'tutor', requests: dashboardRequests },
  { page: 'head dashboard', role: 'head', requests: dashboardRequests },
  {
    page: 'mentor: my ECTs',
    role: 'mentor',
    // src/features/mentors/api/get-mentor-overview.ts
    requests: (user) => [
      {
        name: 'rpc/mentor_pairings_overview',
        method: 'POST',
        path: '/rest/v1/rpc/mentor_pairings_overview',
        body: { p_school_id: user.schoolId },
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
            ['select', ECT_INDUCTION_COLUMNS],
            ['school_id', `eq.${user.schoolId}`],
            ['ect_staff_id', `eq.${user.staffId}`],
            ['order', 'started_on.desc'],
            ['limit', '1'],
          ]),
      },
      // src/features/ect/api/get-term-dates.ts
      {
        name: 'term_dates',
        method: 'GET',
        path:
          '/rest/v1/term_dates?' +
          query([
            ['select', 'academic_year,term,starts_on,ends_on'],
            ['school_id', `eq.${user.schoolId}`],
            ['order', 'starts_on.asc'],
          ]),
      },
      // src/features/ect/api/get-weekly-sessions.ts: needs the induction's id, so the page
      // sends it once the induction has arrived.
      {
        name: 'rpc/induction_weekly_sessions',
        method: 'POST',
        path: '/rest/v1/rpc/induction_weekly_sessions',
        body: { p_ect_induction_id: user.inductionId },
        afterOthers: true,
      },
    ],
  },
];

/**
 * Sends a page's requests as the app does: together, except those marked `afterOthers`, which
 * go once the rest have returned. Returns the results in the order of `requests`.
 */
export async function sendPageRequests<T>(
  requests: readonly ApiRequest[],
  sendOne: (request: ApiRequest) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(requests.length);
  const wave = async (later: boolean) => {
    await Promise.all(
      requests.map(async (request, index) => {
        if (Boolean(request.afterOthers) !== later) return;
        results[index] = await sendOne(request);
      }),
    );
  };
  await wave(false);
  await wave(true);
  return results;
}
