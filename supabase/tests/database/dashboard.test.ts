import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import { AS_OF, asUser, fixtureSql, inductions, rowsAs, schools, staff, users } from './fixture.ts';

// Alder's term weeks (Mondays) in autumn 2025 up to Wednesday 2025-11-26:
// Sep 1, 8, 15, 22, 29, Oct 6, 13, 20, Nov 3, 10, 17, 24 (12 weeks; the
// week of Oct 27 is all half-term). The last four term weeks: Nov 3 to 24.
//
// Ava: started 2025-09-03, 1 term elapsed -> term 1, year 1, cadence 1.
//   Last 4 weeks: held Nov 5, 12, 19 = 3 (Nov 27 is after D), expected 4.
//   This term: held 6, expected 12. Last session Nov 19; 1 term week since.
// Ben: started 2024-09-04, 4 terms elapsed -> term 4, year 2, cadence 0.5.
//   Last 4 weeks: held 0, expected 2. This term: held Sep 16 and Oct 14 = 2,
//   expected 6. Last session Oct 14; 5 term weeks since (Oct 20 to Nov 24).
// Cara: started 2025-01-06 at 0.5 FTE, 3 terms elapsed -> floor(2 x 0.5) + 1
//   = term 2, year 1, cadence 1. Last 4 weeks: held 1 (Nov 24), expected 4.
//   This term: held 1, expected 12. Last session Nov 24; 0 weeks since.
// Dev: started 2025-11-03, no pairing. Last 4 weeks: held 0, expected 4.
//   This term: expected 4 (Nov 3 to 24). No session: 4 term weeks since start.
// Eve (paused) and Finn (starts January 2026) are not active.
const ALDER_TILES = {
  active_ects: 4,
  ects_without_mentor: 1,
  sessions_held_last_4_weeks: 3 + 0 + 1 + 0,
  sessions_expected_last_4_weeks: 4 + 2 + 4 + 4,
  // Ben (5 weeks) and Dev (4 weeks).
  ects_without_recent_session: 2,
  active_pairings: 3,
  // Ava's and Ben's current pairings have slots, Cara's has none.
  pairings_with_slot: 2,
  // Two open and one escalated; the resolved one does not count.
  open_concerns: 3,
  // The oldest was raised at 00:30 on 2 October in London: 55 days before D.
  oldest_open_concern_days: 55,
};

const ALDER_ECTS = [
  {
    ect_induction_id: inductions.ava,
    ect_staff_id: staff.ava,
    ect_name: 'Ava Ahmed',
    induction_year: 1,
    induction_term: 1,
    fte: 1,
    mentor_staff_id: staff.mo,
    mentor_name: 'Mo Mensah',
    last_session_on: '2025-11-19',
    sessions_this_term: 6,
    expected_this_term: 12,
    timetabled_minutes_per_week: 60,
    open_concerns: 2,
    flag_no_mentor: false,
    flag_mentor_without_qts: false,
    flag_mentor_is_induction_tutor: false,
    flag_no_slot: false,
    flag_slot_outside_teaching_hours: false,
  },
  {
    ect_induction_id: inductions.ben,
    ect_staff_id: staff.ben,
    ect_name: 'Ben Brown',
    induction_year: 2,
    induction_term: 4,
    fte: 1,
    mentor_staff_id: staff.nia,
    mentor_name: 'Nia Noor',
    last_session_on: '2025-10-14',
    sessions_this_term: 2,
    expected_this_term: 6,
    // Only the current pairing's slot: the 30 minutes left on his old one do not count.
    timetabled_minutes_per_week: 45,
    open_concerns: 0,
    flag_no_mentor: false,
    flag_mentor_without_qts: true,
    flag_mentor_is_induction_tutor: false,
    flag_no_slot: false,
    flag_slot_outside_teaching_hours: true,
  },
  {
    ect_induction_id: inductions.cara,
    ect_staff_id: staff.cara,
    ect_name: 'Cara Cole',
    induction_year: 1,
    induction_term: 2,
    fte: 0.5,
    mentor_staff_id: staff.tara,
    mentor_name: 'Tara Tutor',
    last_session_on: '2025-11-24',
    sessions_this_term: 1,
    expected_this_term: 12,
    timetabled_minutes_per_week: 0,
    open_concerns: 0,
    flag_no_mentor: false,
    flag_mentor_without_qts: false,
    flag_mentor_is_induction_tutor: true,
    flag_no_slot: true,
    flag_slot_outside_teaching_hours: false,
  },
  {
    ect_induction_id: inductions.dev,
    ect_staff_id: staff.dev,
    ect_name: 'Dev Dutta',
    induction_year: 1,
    induction_term: 1,
    fte: 1,
    mentor_staff_id: null,
    mentor_name: null,
    last_session_on: null,
    sessions_this_term: 0,
    expected_this_term: 4,
    timetabled_minutes_per_week: 0,
    open_concerns: 0,
    flag_no_mentor: true,
    flag_mentor_without_qts: false,
    flag_mentor_is_induction_tutor: false,
    flag_no_slot: false,
    flag_slot_outside_teaching_hours: false,
  },
];

const ZERO_TILES = {
  active_ects: 0,
  ects_without_mentor: 0,
  sessions_held_last_4_weeks: 0,
  sessions_expected_last_4_weeks: 0,
  ects_without_recent_session: 0,
  active_pairings: 0,
  pairings_with_slot: 0,
  open_concerns: 0,
  oldest_open_concern_days: null,
};

const tilesSql = (schoolId: string, asOf = AS_OF) =>
  `select * from public.school_dashboard_tiles('${schoolId}', '${asOf}')`;
const ectsSql = (schoolId: string, asOf = AS_OF) =>
  `select * from public.school_dashboard_ects('${schoolId}', '${asOf}')`;

describe.each(testBackends())('school dashboard (%s)', (backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ backend, fixtureSql });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('tiles for the induction tutor', async () => {
    const rows = await rowsAs(stack, users.taraTutor, tilesSql(schools.alder));
    expect(rows).toEqual([ALDER_TILES]);
  });

  it('tiles for the headteacher', async () => {
    const rows = await rowsAs(stack, users.halHead, tilesSql(schools.alder));
    expect(rows).toEqual([ALDER_TILES]);
  });

  it('ECT rows for the induction tutor', async () => {
    const rows = await rowsAs(stack, users.taraTutor, ectsSql(schools.alder));
    expect(rows).toEqual(ALDER_ECTS);
  });

  it('ECT rows in name order', async () => {
    const rows = await rowsAs<{ ect_name: string }>(stack, users.halHead, ectsSql(schools.alder));
    expect(rows.map((row) => row.ect_name)).toEqual([
      'Ava Ahmed',
      'Ben Brown',
      'Cara Cole',
      'Dev Dutta',
    ]);
  });

  it('counts as integers, expected as numeric', async () => {
    const rows = await stack.sql<{ result: string }>(
      `select pg_get_function_result('public.school_dashboard_tiles(uuid, date)'::regprocedure)
         as result`,
    );
    expect(rows).toEqual([
      {
        result:
          'TABLE(active_ects integer, ects_without_mentor integer, ' +
          'sessions_held_last_4_weeks integer, sessions_expected_last_4_weeks numeric, ' +
          'ects_without_recent_session integer, active_pairings integer, ' +
          'pairings_with_slot integer, open_concerns integer, oldest_open_concern_days integer)',
      },
    ]);
  });

  it('zeros for a school the user cannot see', async () => {
    const rows = await rowsAs(stack, users.beaBirchTutor, tilesSql(schools.alder));
    expect(rows).toEqual([ZERO_TILES]);
  });

  it('no ECT rows for a school the user cannot see', async () => {
    expect(await rowsAs(stack, users.beaBirchTutor, ectsSql(schools.alder))).toEqual([]);
  });

  it('zeros for a user without staff rows', async () => {
    const rows = await rowsAs(stack, users.nobody, tilesSql(schools.alder));
    expect(rows).toEqual([ZERO_TILES]);
  });

  // Birch: Lou started 2025-09-03 (term 1, cadence 1), one session on
  // Tuesday 2025-11-18, a slot in effect, one open concern raised 2025-11-01.
  it('tiles for the other school', async () => {
    const rows = await rowsAs(stack, users.beaBirchTutor, tilesSql(schools.birch));
    expect(rows).toEqual([
      {
        active_ects: 1,
        ects_without_mentor: 0,
        sessions_held_last_4_weeks: 1,
        sessions_expected_last_4_weeks: 4,
        // Only the week of Nov 24 follows the session.
        ects_without_recent_session: 0,
        active_pairings: 1,
        pairings_with_slot: 1,
        open_concerns: 1,
        oldest_open_concern_days: 25,
      },
    ]);
  });

  // A mentor sees only their own pairings' rows, so their figures cover Ava
  // and Ben (a mentee last year) and only the concern Mo raised.
  it('a mentor gets figures from their rows only', async () => {
    const rows = await rowsAs(stack, users.moMentor, tilesSql(schools.alder));
    expect(rows).toEqual([
      {
        active_ects: 2,
        // Ben's current pairing is Nia's, which Mo cannot see.
        ects_without_mentor: 1,
        // Ava 3 held of 4; Ben 0 of 2. Ben's sessions with Nia are hidden.
        sessions_held_last_4_weeks: 3,
        sessions_expected_last_4_weeks: 6,
        // Ben: last visible session 2025-06-10, so every autumn week counts.
        ects_without_recent_session: 1,
        active_pairings: 1,
        pairings_with_slot: 1,
        open_concerns: 1,
        // Raised 2025-11-20.
        oldest_open_concern_days: 6,
      },
    ]);
  });

  it('as of a holiday counts the last term', async () => {
    // Saturday 2025-12-20, the day after autumn term ends: the last four
    // term weeks are Nov 24, Dec 1, 8 and 15. Expected: 4 each for Ava, Cara
    // and Dev, 0.5 x 4 for Ben.
    const rows = await rowsAs(stack, users.taraTutor, tilesSql(schools.alder, '2025-12-20'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      active_ects: 4,
      // Ava: Nov 27; Cara: Nov 24.
      sessions_held_last_4_weeks: 2,
      sessions_expected_last_4_weeks: 14,
    });
  });

  it('anon cannot call the dashboard', async () => {
    const result = await asUser(stack, null, tilesSql(schools.alder));
    expect(result.error?.code).toBe('42501');
  });

  describe('current_user_roles', () => {
    const rolesSql = 'select * from public.current_user_roles()';

    it('lists each role of the tutor', async () => {
      expect(await rowsAs(stack, users.taraTutor, rolesSql)).toEqual([
        {
          school_id: schools.alder,
          school_name: 'Alder Primary',
          staff_id: staff.tara,
          role: 'induction_tutor',
        },
        {
          school_id: schools.alder,
          school_name: 'Alder Primary',
          staff_id: staff.tara,
          role: 'mentor',
        },
      ]);
    });

    it('skips staff rows without a role', async () => {
      expect(await rowsAs(stack, users.beaBirchTutor, rolesSql)).toEqual([
        {
          school_id: schools.birch,
          school_name: 'Birch Academy',
          staff_id: staff.bea,
          role: 'induction_tutor',
        },
      ]);
    });

    it('is empty for a user without staff rows', async () => {
      expect(await rowsAs(stack, users.nobody, rolesSql)).toEqual([]);
    });

    it('is denied to anon', async () => {
      const result = await asUser(stack, null, rolesSql);
      expect(result.error?.code).toBe('42501');
    });
  });
});
