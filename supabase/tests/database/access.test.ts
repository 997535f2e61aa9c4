import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../../local-supabase/testing/stack.ts';
import {
  asUser,
  fixtureSql,
  inductions,
  mentors,
  pairings,
  rowsAs,
  schools,
  slots,
  staff,
  users,
} from './fixture.ts';

const TABLES = [
  'schools',
  'staff',
  'school_roles',
  'ect_inductions',
  'mentors',
  'pairings',
  'timetable_slots',
  'mentor_sessions',
  'concerns',
  'term_dates',
] as const;

type Counts = Record<(typeof TABLES)[number], number>;

// Row counts of the fixture, by school, counted from fixture.sql by hand.
const ALDER_ALL: Counts = {
  schools: 1,
  staff: 12,
  school_roles: 11,
  ect_inductions: 7,
  mentors: 3,
  pairings: 4,
  timetable_slots: 3,
  mentor_sessions: 11,
  concerns: 4,
  term_dates: 6,
};

const NOTHING: Counts = {
  schools: 0,
  staff: 0,
  school_roles: 0,
  ect_inductions: 0,
  mentors: 0,
  pairings: 0,
  timetable_slots: 0,
  mentor_sessions: 0,
  concerns: 0,
  term_dates: 0,
};

const visibleRows: [string, string, Counts][] = [
  ['induction tutor', users.taraTutor, ALDER_ALL],
  ['headteacher', users.halHead, ALDER_ALL],
  [
    // Mo mentors Ava and mentored Ben last year: both pairings, their
    // inductions and staff rows, the two slots and 7 + 1 sessions.
    'mentor Mo',
    users.moMentor,
    {
      schools: 1,
      staff: 3,
      school_roles: 1,
      ect_inductions: 2,
      mentors: 1,
      pairings: 2,
      timetable_slots: 2,
      mentor_sessions: 8,
      concerns: 1,
      term_dates: 6,
    },
  ],
  [
    'mentor Nia',
    users.niaMentor,
    {
      schools: 1,
      staff: 2,
      school_roles: 1,
      ect_inductions: 1,
      mentors: 1,
      pairings: 1,
      timetable_slots: 1,
      mentor_sessions: 2,
      concerns: 1,
      term_dates: 6,
    },
  ],
  [
    'ECT Ava',
    users.avaEct,
    {
      schools: 1,
      staff: 2,
      school_roles: 1,
      ect_inductions: 1,
      mentors: 1,
      pairings: 1,
      timetable_slots: 1,
      mentor_sessions: 7,
      concerns: 0,
      term_dates: 6,
    },
  ],
  [
    // Ben has had two mentors: both staff rows, both pairings and their slots.
    'ECT Ben',
    users.benEct,
    {
      schools: 1,
      staff: 3,
      school_roles: 1,
      ect_inductions: 1,
      mentors: 2,
      pairings: 2,
      timetable_slots: 2,
      mentor_sessions: 3,
      concerns: 0,
      term_dates: 6,
    },
  ],
  ['staff member without a role', users.gusNoRole, { ...NOTHING, staff: 1 }],
  [
    // All of Birch, plus her own (role-less) staff row at Alder.
    'tutor at another school',
    users.beaBirchTutor,
    {
      schools: 1,
      staff: 4,
      school_roles: 3,
      ect_inductions: 1,
      mentors: 1,
      pairings: 1,
      timetable_slots: 1,
      mentor_sessions: 1,
      concerns: 1,
      term_dates: 3,
    },
  ],
  ['user without staff rows', users.nobody, NOTHING],
];

function countAll(): string {
  return TABLES.map((table) => `(select count(*) from public.${table})::int as ${table}`).join(
    ', ',
  );
}

describe.each(testBackends())('row-level security (%s)', (backend) => {
  let stack: TestStack;
  let appropriateBodyCount: number;

  beforeAll(async () => {
    stack = await startTestStack({ backend, fixtureSql });
    const [row] = await stack.sql<{ count: string }>(
      'select count(*) from public.appropriate_bodies',
    );
    appropriateBodyCount = Number(row!.count);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('reads', () => {
    it.each(visibleRows)('%s sees the expected rows', async (_who, userId, expected) => {
      const [counts] = await rowsAs<Counts>(stack, userId, `select ${countAll()}`);
      expect(counts).toEqual(expected);
    });

    it.each(visibleRows)('%s reads every appropriate body', async (_who, userId) => {
      const [row] = await rowsAs<{ count: number }>(
        stack,
        userId,
        'select count(*)::int as count from public.appropriate_bodies',
      );
      expect(row!.count).toBe(appropriateBodyCount);
      expect(appropriateBodyCount).toBeGreaterThan(0);
    });

    it('mentor sees only mentees and themself', async () => {
      const rows = await rowsAs<{ full_name: string }>(
        stack,
        users.moMentor,
        'select full_name from public.staff order by full_name',
      );
      expect(rows.map((row) => row.full_name)).toEqual(['Ava Ahmed', 'Ben Brown', 'Mo Mensah']);
    });

    it('ECT sees their mentors by name', async () => {
      const rows = await rowsAs<{ full_name: string }>(
        stack,
        users.benEct,
        `select s.full_name from public.pairings p
         join public.mentors m on m.id = p.mentor_id
         join public.staff s on s.id = m.staff_id
         order by p.started_on`,
      );
      expect(rows.map((row) => row.full_name)).toEqual(['Mo Mensah', 'Nia Noor']);
    });

    it('tutor elsewhere sees no Alder rows but their own', async () => {
      const rows = await rowsAs<{ id: string }>(
        stack,
        users.beaBirchTutor,
        `select id from public.staff where school_id = '${schools.alder}'`,
      );
      expect(rows).toEqual([{ id: staff.beaAtAlder }]);
    });

    it.each([...TABLES, 'appropriate_bodies'])('anon is denied %s', async (table) => {
      const result = await asUser(stack, null, `select * from public.${table}`);
      expect(result.rows).toBeUndefined();
      expect(result.error?.code).toBe('42501');
    });
  });

  describe('induction tutor writes', () => {
    it('adds staff at own school', async () => {
      const rows = await rowsAs(
        stack,
        users.taraTutor,
        `insert into public.staff (school_id, full_name, email)
         values ('${schools.alder}', 'New Person', 'new@alder.test') returning id`,
      );
      expect(rows).toHaveLength(1);
    });

    it('cannot add staff at another school', async () => {
      const result = await asUser(
        stack,
        users.taraTutor,
        `insert into public.staff (school_id, full_name, email)
         values ('${schools.birch}', 'New Person', 'new@birch.test') returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('cannot move a row to another school', async () => {
      const result = await asUser(
        stack,
        users.taraTutor,
        `update public.staff set school_id = '${schools.birch}'
         where id = '${staff.beaAtAlder}' returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('cannot move a session to another school', async () => {
      const result = await asUser(
        stack,
        users.taraTutor,
        `update public.mentor_sessions set school_id = '${schools.birch}'
         where pairing_id = '${pairings.moAva}' returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('cannot pair with another school mentor', async () => {
      const result = await asUser(
        stack,
        users.taraTutor,
        `update public.pairings set mentor_id = '${mentors.kit}'
         where id = '${pairings.moAva}' returning id`,
      );
      expect(result.error?.code).toBe('23503');
    });

    it('changes nothing at another school', async () => {
      const rows = await rowsAs(
        stack,
        users.taraTutor,
        `update public.staff set full_name = 'Changed' where school_id = '${schools.birch}'
         returning id`,
      );
      expect(rows).toEqual([]);
    });

    it('updates own school only', async () => {
      const own = await rowsAs(
        stack,
        users.taraTutor,
        `update public.schools set name = 'Alder Primary School' where id = '${schools.alder}'
         returning id`,
      );
      const other = await rowsAs(
        stack,
        users.taraTutor,
        `update public.schools set name = 'Changed' where id = '${schools.birch}' returning id`,
      );
      expect(own).toHaveLength(1);
      expect(other).toEqual([]);
    });

    it('deletes a concern at own school', async () => {
      const rows = await rowsAs(
        stack,
        users.taraTutor,
        `delete from public.concerns where school_id = '${schools.alder}' returning id`,
      );
      expect(rows).toHaveLength(4);
    });
  });

  describe('headteacher writes', () => {
    it('cannot add staff', async () => {
      const result = await asUser(
        stack,
        users.halHead,
        `insert into public.staff (school_id, full_name, email)
         values ('${schools.alder}', 'New Person', 'new@alder.test') returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it.each([
      ['staff', `update public.staff set full_name = 'Changed' where true returning id`],
      ['schools', `update public.schools set name = 'Changed' where true returning id`],
      ['concerns', `delete from public.concerns where true returning id`],
      ['sessions', `delete from public.mentor_sessions where true returning id`],
    ])('changes no %s', async (_table, statement) => {
      expect(await rowsAs(stack, users.halHead, statement)).toEqual([]);
    });
  });

  describe('mentor writes', () => {
    function logSession(pairingId: string, heldOn: string, extraColumns = '', extraValues = '') {
      return `insert into public.mentor_sessions (school_id, pairing_id, held_on, minutes${extraColumns})
        values ('${schools.alder}', '${pairingId}', '${heldOn}', 40${extraValues})
        returning created_by`;
    }

    it('logs a session on own pairing', async () => {
      const rows = await rowsAs(stack, users.moMentor, logSession(pairings.moAva, '2025-11-25'));
      expect(rows).toEqual([{ created_by: users.moMentor }]);
    });

    it('cannot forge created_by', async () => {
      const rows = await rowsAs(
        stack,
        users.moMentor,
        logSession(pairings.moAva, '2025-11-25', ', created_by', `, '${users.avaEct}'`),
      );
      expect(rows).toEqual([{ created_by: users.moMentor }]);
    });

    it('logs on a past pairing within its dates', async () => {
      const rows = await rowsAs(
        stack,
        users.moMentor,
        logSession(pairings.moBenPast, '2025-06-20'),
      );
      expect(rows).toHaveLength(1);
    });

    it('cannot log before the pairing began', async () => {
      const result = await asUser(stack, users.moMentor, logSession(pairings.moAva, '2025-09-01'));
      expect(result.error?.code).toBe('23514');
    });

    it('cannot log on another pairing', async () => {
      const result = await asUser(stack, users.moMentor, logSession(pairings.niaBen, '2025-11-25'));
      expect(result.error?.code).toBe('42501');
    });

    it('cannot move a session to another pairing', async () => {
      const result = await asUser(
        stack,
        users.moMentor,
        `update public.mentor_sessions set pairing_id = '${pairings.niaBen}'
         where pairing_id = '${pairings.moAva}' and held_on = '2025-10-08' returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('deletes own sessions only', async () => {
      const rows = await rowsAs(
        stack,
        users.moMentor,
        'delete from public.mentor_sessions where true returning pairing_id',
      );
      const pairingIds = new Set(rows.map((row) => row.pairing_id));
      expect(rows).toHaveLength(8);
      expect([...pairingIds].sort()).toEqual([pairings.moAva, pairings.moBenPast].sort());
    });

    it('updates but cannot delete own slot', async () => {
      const updated = await rowsAs(
        stack,
        users.moMentor,
        `update public.timetable_slots set minutes = 50 where id = '${slots.moAva}' returning id`,
      );
      const deleted = await rowsAs(
        stack,
        users.moMentor,
        `delete from public.timetable_slots where id = '${slots.moAva}' returning id`,
      );
      expect(updated).toHaveLength(1);
      expect(deleted).toEqual([]);
    });

    it('cannot add a slot to another pairing', async () => {
      const result = await asUser(
        stack,
        users.moMentor,
        `insert into public.timetable_slots
           (school_id, pairing_id, weekday, starts_at, minutes, in_teaching_hours, effective_from)
         values ('${schools.alder}', '${pairings.niaBen}', 1, '09:00', 30, true, '2025-12-01')
         returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    function raiseConcern(values: {
      subject?: string;
      inductionId?: string | null;
      mentorId?: string | null;
      raisedBy?: string;
      status?: string;
    }) {
      const sqlValue = (value: string | null | undefined) => (value ? `'${value}'` : 'null');
      return `insert into public.concerns
          (school_id, subject, ect_induction_id, mentor_id, summary, raised_by_staff_id, status)
        values ('${schools.alder}', '${values.subject ?? 'ect_progress'}',
          ${sqlValue(values.inductionId)}, ${sqlValue(values.mentorId)}, 'Test concern',
          '${values.raisedBy ?? staff.mo}', '${values.status ?? 'open'}')
        returning id`;
    }

    it('raises a concern about a mentee', async () => {
      const rows = await rowsAs(
        stack,
        users.moMentor,
        raiseConcern({ inductionId: inductions.ava }),
      );
      expect(rows).toHaveLength(1);
    });

    it('raises a concern about own capacity', async () => {
      const rows = await rowsAs(
        stack,
        users.moMentor,
        raiseConcern({ subject: 'mentor_capacity', mentorId: mentors.mo }),
      );
      expect(rows).toHaveLength(1);
    });

    it.each([
      ['about another ECT', { inductionId: inductions.cara }],
      ['about another mentor', { subject: 'mentor_capacity', mentorId: mentors.nia }],
      ['in someone else’s name', { inductionId: inductions.ava, raisedBy: staff.tara }],
      ['already in progress', { inductionId: inductions.ava, status: 'in_progress' }],
    ])('cannot raise a concern %s', async (_case, values) => {
      const result = await asUser(stack, users.moMentor, raiseConcern(values));
      expect(result.error?.code).toBe('42501');
    });
  });

  describe('ECT and role-less writes', () => {
    it('ECT cannot log a session', async () => {
      const result = await asUser(
        stack,
        users.avaEct,
        `insert into public.mentor_sessions (school_id, pairing_id, held_on, minutes)
         values ('${schools.alder}', '${pairings.moAva}', '2025-11-25', 30) returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('ECT changes nothing', async () => {
      const rows = await rowsAs(
        stack,
        users.avaEct,
        `update public.ect_inductions set fte = 0.8 where id = '${inductions.ava}' returning id`,
      );
      expect(rows).toEqual([]);
    });

    it('user without a role adds nothing', async () => {
      const result = await asUser(
        stack,
        users.gusNoRole,
        `insert into public.term_dates
           (school_id, academic_year, term, starts_on, ends_on, half_term_starts_on, half_term_ends_on)
         values ('${schools.alder}', 2026, 1, '2026-09-02', '2026-12-18', '2026-10-26', '2026-10-30')
         returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });

    it('tutor elsewhere adds nothing at Alder', async () => {
      const result = await asUser(
        stack,
        users.beaBirchTutor,
        `insert into public.school_roles (school_id, staff_id, role)
         values ('${schools.alder}', '${staff.beaAtAlder}', 'induction_tutor') returning id`,
      );
      expect(result.error?.code).toBe('42501');
    });
  });
});
