// Checks the dashboard functions on generated schools, whose many ECTs cover more cases than
// the demo seed (part-time, lapsed, unpaired, slotless, every status), against the demo
// seed's independent calculator (supabase/seed/expected.ts), on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';
import { addDays, londonToday } from '../../supabase/seed/dates.ts';
import { computeDashboard } from '../../supabase/seed/expected.ts';
import type { SeedRows } from '../../supabase/seed/rows.ts';
import { signIn } from '../measure/http.ts';
import { BENCH_PASSWORD, loadSchools } from './load.ts';
import type { GeneratedSchool, SignIn } from './school.ts';

const TODAY = londonToday();
const SCHOOLS = 6;

/** Converts the generated schools into the calculator's input rows. */
function seedRows(schools: readonly GeneratedSchool[]): SeedRows {
  return {
    today: TODAY,
    schoolIds: {},
    authUsers: [],
    authIdentities: [],
    schools: schools.map((school) => school.school),
    termDates: schools.flatMap((school) => school.termDates),
    staff: schools.flatMap((school) => school.staff),
    schoolRoles: schools.flatMap((school) => school.schoolRoles),
    inductions: schools.flatMap((school) => school.inductions),
    mentors: schools.flatMap((school) => school.mentors),
    mentorTrainingLogs: [],
    pairings: schools.flatMap((school) => school.pairings),
    timetableSlots: schools.flatMap((school) => school.timetableSlots),
    mentorSessions: schools.flatMap((school) =>
      school.sessions.map((session) => ({
        ...session,
        created_at: `${session.held_on} 16:45:00 Europe/London`,
        updated_at: `${session.held_on} 16:45:00 Europe/London`,
      })),
    ),
    concerns: schools.flatMap((school) => school.concerns),
  };
}

describe.each(testBackends())('dashboard on generated schools (%s)', (backend) => {
  let stack: TestStack;
  const generated: GeneratedSchool[] = [];
  let signIns: SignIn[] = [];
  let rows: SeedRows;
  const tokens = new Map<string, string>();

  async function rpc(user: SignIn, name: string, asOf: string): Promise<unknown> {
    let token = tokens.get(user.email);
    if (!token) {
      token = (await signIn(stack.url, stack.anonKey, user.email, BENCH_PASSWORD)).token;
      tokens.set(user.email, token);
    }
    const response = await fetch(`${stack.url}/rest/v1/rpc/${name}`, {
      method: 'POST',
      headers: {
        apikey: stack.anonKey,
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ p_school_id: user.schoolId, p_as_of: asOf }),
    });
    expect(response.status, `${name} as ${user.email}`).toBe(200);
    return response.json();
  }

  beforeAll(async () => {
    stack = await startTestStack({ backend });
    const loaded = await loadSchools(stack.db, {
      schools: SCHOOLS,
      today: TODAY,
      onSchool: (school) => generated.push(school),
    });
    signIns = loaded.signIns;
    rows = seedRows(generated);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const AS_OF: [string, (today: string) => string][] = [
    ['today', (today) => today],
    ['five weeks ago', (today) => addDays(today, -35)],
    ['twenty weeks ago', (today) => addDays(today, -140)],
  ];

  describe.each(['tutor', 'head'] as const)('as the %s', (role) => {
    it.each(AS_OF)('matches the calculator as of %s', async (_label, asOfFor) => {
      const asOf = asOfFor(TODAY);
      for (const user of signIns.filter((candidate) => candidate.role === role)) {
        const expected = computeDashboard(rows, user.schoolId, asOf);

        const tiles = await rpc(user, 'school_dashboard_tiles', asOf);
        const ects = await rpc(user, 'school_dashboard_ects', asOf);

        expect(tiles, `tiles of ${user.email}`).toEqual([expected.tiles]);
        expect(ects, `ECT rows of ${user.email}`).toEqual(expected.ects);
      }
    });

    it.each(AS_OF)('returns the same in one call as of %s', async (_label, asOfFor) => {
      const asOf = asOfFor(TODAY);
      for (const user of signIns.filter((candidate) => candidate.role === role)) {
        const expected = computeDashboard(rows, user.schoolId, asOf);

        const dashboard = (await rpc(user, 'school_dashboard', asOf)) as {
          tiles: unknown;
          ects: unknown;
          checkpoints: unknown;
        };

        expect(dashboard.tiles, `tiles of ${user.email}`).toEqual(expected.tiles);
        expect(dashboard.ects, `ECT rows of ${user.email}`).toEqual(expected.ects);
        expect(dashboard.checkpoints, `checkpoints of ${user.email}`).toEqual(expected.checkpoints);
      }
    });
  });

  it('covers the hard cases', () => {
    const all = generated.flatMap((school) =>
      AS_OF.flatMap(([, asOfFor]) => computeDashboard(rows, school.school.id, asOfFor(TODAY)).ects),
    );

    expect(all.some((ect) => ect.flag_no_mentor)).toBe(true);
    expect(all.some((ect) => ect.flag_no_slot)).toBe(true);
    expect(all.some((ect) => ect.flag_slot_outside_teaching_hours)).toBe(true);
    expect(all.some((ect) => ect.fte < 1)).toBe(true);
    expect(all.some((ect) => ect.induction_year === 2)).toBe(true);
  });

  it('gives a mentor only their own pairings', async () => {
    for (const mentor of signIns.filter((candidate) => candidate.role === 'mentor')) {
      const school = generated.find((candidate) => candidate.school.id === mentor.schoolId)!;
      const mentorRow = school.mentors.find((row) => row.staff_id === mentor.staffId)!;
      const mentees = new Set(
        school.pairings
          .filter((pairing) => pairing.mentor_id === mentorRow.id)
          .map((pairing) => pairing.ect_induction_id),
      );
      const expected = computeDashboard(rows, mentor.schoolId, TODAY)
        .ects.filter((ect) => mentees.has(ect.ect_induction_id))
        .map((ect) => ect.ect_induction_id)
        .sort();

      const ects = (await rpc(mentor, 'school_dashboard_ects', TODAY)) as {
        ect_induction_id: string;
      }[];

      expect(ects.map((ect) => ect.ect_induction_id).sort()).toEqual(expected);
    }
  });
});
