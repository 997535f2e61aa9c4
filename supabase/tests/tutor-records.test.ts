// The induction tutor's record keeping through the API: claiming an invitation, the staff
// import's natural keys, mentor changes, status changes and concern notes. Each test works in
// a school of its own, created here, so the demo schools' figures stay as seeded.

import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestClient } from '../../local-supabase/testing/clients.ts';
import {
  startTestStack,
  testBackends,
  type TestStack,
} from '../../local-supabase/testing/stack.ts';

const PASSWORD = 'a-test-password';

interface TestSchool {
  id: string;
  tutor: SupabaseClient;
  tutorStaffId: string;
}

describe.each(testBackends())('tutor records (%s)', (backend) => {
  let stack: TestStack;
  let counter = 0;

  function unique(): number {
    counter += 1;
    return counter;
  }

  async function signUp(email: string): Promise<{ client: SupabaseClient; userId: string }> {
    const client = createTestClient(stack);
    const { data, error } = await client.auth.signUp({ email, password: PASSWORD });
    if (error) throw new Error(`sign-up as ${email} failed: ${error.message}`);
    return { client, userId: data.user!.id };
  }

  /** Creates a school with term dates and an induction tutor, and signs the tutor in. */
  async function newSchool(): Promise<TestSchool> {
    const n = unique();
    const [school] = await stack.sql<{ id: string }>(
      `insert into public.schools (urn, name, phase, local_authority)
       values ($1, $2, 'primary', 'Leeds') returning id`,
      [String(810000 + n), `Records Test School ${n}`],
    );
    await stack.sql(
      `insert into public.term_dates
         (school_id, academic_year, term, starts_on, half_term_starts_on, half_term_ends_on, ends_on)
       values ($1, 2026, 1, '2026-09-02', '2026-10-26', '2026-10-30', '2026-12-18'),
              ($1, 2026, 2, '2027-01-04', '2027-02-15', '2027-02-19', '2027-03-25')`,
      [school!.id],
    );
    const email = `records.tutor.${n}@example.test`;
    const [staff] = await stack.sql<{ id: string }>(
      `insert into public.staff (school_id, full_name, email, qts_held)
       values ($1, $2, $3, true) returning id`,
      [school!.id, `Tutor ${n}`, email],
    );
    await stack.sql(
      `insert into public.school_roles (school_id, staff_id, role) values ($1, $2, 'induction_tutor')`,
      [school!.id, staff!.id],
    );
    const { client } = await signUp(email);
    return { id: school!.id, tutor: client, tutorStaffId: staff!.id };
  }

  async function saveStaff(school: TestSchool, people: object[]) {
    return school.tutor.rpc('save_staff_members', { p_school_id: school.id, p_people: people });
  }

  async function staffIdByEmail(schoolId: string, email: string): Promise<string> {
    const [row] = await stack.sql<{ id: string }>(
      'select id from public.staff where school_id = $1 and lower(email) = lower($2)',
      [schoolId, email],
    );
    return row!.id;
  }

  beforeAll(async () => {
    stack = await startTestStack({ backend });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('invitations', () => {
    it('are claimed by a sign-up whatever the case of the email', async () => {
      const school = await newSchool();
      const saved = await saveStaff(school, [
        {
          full_name: 'Jo Bloggs',
          email: 'Jo.Bloggs@Example.TEST',
          roles: ['mentor'],
          qts_held: true,
        },
      ]);
      expect(saved.error).toBeNull();
      const staffId = await staffIdByEmail(school.id, 'jo.bloggs@example.test');
      const [before] = await stack.sql<{ user_id: string | null }>(
        'select user_id from public.staff where id = $1',
        [staffId],
      );

      const { client, userId } = await signUp('jo.bloggs@example.test');
      const [after] = await stack.sql<{ user_id: string | null }>(
        'select user_id from public.staff where id = $1',
        [staffId],
      );
      const roles = await client.rpc('current_user_roles');

      expect(before!.user_id).toBeNull();
      expect(after!.user_id).toBe(userId);
      expect(roles.data).toEqual([
        {
          school_id: school.id,
          school_name: expect.stringMatching(/^Records Test School/),
          staff_id: staffId,
          role: 'mentor',
        },
      ]);
    });

    it('link at once a person who already has an account', async () => {
      const school = await newSchool();
      const { userId } = await signUp('Already.Here@example.test');

      await saveStaff(school, [
        { full_name: 'Al Here', email: 'already.here@EXAMPLE.test', roles: ['headteacher'] },
      ]);
      const [row] = await stack.sql<{ user_id: string | null }>(
        'select user_id from public.staff where school_id = $1 and full_name = $2',
        [school.id, 'Al Here'],
      );

      expect(row!.user_id).toBe(userId);
    });

    it('move to the new address when the email changes', async () => {
      const school = await newSchool();
      await signUp('first.address@example.test');
      await saveStaff(school, [
        { full_name: 'Moving Person', email: 'first.address@example.test', roles: ['mentor'] },
      ]);
      const staffId = await staffIdByEmail(school.id, 'first.address@example.test');

      const update = await school.tutor
        .from('staff')
        .update({ email: 'second.address@example.test' })
        .eq('id', staffId);
      const [row] = await stack.sql<{ user_id: string | null }>(
        'select user_id from public.staff where id = $1',
        [staffId],
      );

      expect(update.error).toBeNull();
      expect(row!.user_id).toBeNull();
    });

    it('cannot be linked by a tutor directly', async () => {
      const school = await newSchool();
      const { userId } = await signUp(`stranger.${unique()}@example.test`);
      const staffId = school.tutorStaffId;

      const update = await school.tutor.from('staff').update({ user_id: userId }).eq('id', staffId);
      const insert = await school.tutor.from('staff').insert({
        school_id: school.id,
        full_name: 'Planted',
        email: `planted.${unique()}@example.test`,
        user_id: userId,
      });

      expect(update.error?.code).toBe('42501');
      expect(insert.error?.code).toBe('42501');
    });
  });

  describe('save_staff_members', () => {
    const people = [
      { row: 2, full_name: 'Mo Mentor', email: 'mo@example.test', roles: ['mentor'], trn: '12345' },
      {
        row: 3,
        full_name: 'Ed Ect',
        email: 'ed@example.test',
        roles: ['ect'],
        trn: '7654321',
        qts_held: true,
        subject_or_phase: 'Year 3',
        induction: { started_on: '2026-09-02', fte: 0.8, programme: 'school_led' },
      },
      { row: 4, full_name: 'Hana Head', email: 'hana@example.test', roles: ['headteacher'] },
    ];

    it('changes nothing when the same rows come again', async () => {
      const school = await newSchool();
      const snapshot = () =>
        stack.sql<{ rows: string }>(
          `select json_agg(t order by t.table_name, t.id)::text as rows from (
             select 'staff' as table_name, id::text, version from public.staff where school_id = $1
             union all select 'school_roles', id::text, version from public.school_roles where school_id = $1
             union all select 'mentors', id::text, version from public.mentors where school_id = $1
             union all select 'ect_inductions', id::text, version from public.ect_inductions where school_id = $1
           ) t`,
          [school.id],
        );

      const first = await saveStaff(school, people);
      const afterFirst = await snapshot();
      const second = await saveStaff(school, people);
      const afterSecond = await snapshot();

      expect(first.error).toBeNull();
      expect(first.data.map((row: { action: string }) => row.action)).toEqual([
        'created',
        'created',
        'created',
      ]);
      expect(second.data.map((row: { action: string }) => row.action)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
      ]);
      expect(afterSecond).toEqual(afterFirst);
    });

    it('stores what it was given, normalised', async () => {
      const school = await newSchool();
      await saveStaff(school, people);

      const rows = await stack.sql<Record<string, unknown>>(
        `select s.full_name, s.trn, s.qts_held, s.subject_or_phase,
                e.started_on::text, e.fte::float8 as fte, e.programme::text,
                (select array_agg(r.role::text order by r.role) from public.school_roles r
                 where r.staff_id = s.id) as roles,
                exists (select from public.mentors m where m.staff_id = s.id) as has_mentor_row
         from public.staff s left join public.ect_inductions e on e.ect_staff_id = s.id
         where s.school_id = $1 and s.id <> $2 order by s.full_name`,
        [school.id, school.tutorStaffId],
      );

      expect(rows).toEqual([
        {
          full_name: 'Ed Ect',
          trn: '7654321',
          qts_held: true,
          subject_or_phase: 'Year 3',
          started_on: '2026-09-02',
          fte: 0.8,
          programme: 'school_led',
          roles: ['ect'],
          has_mentor_row: false,
        },
        {
          full_name: 'Hana Head',
          trn: null,
          qts_held: false,
          subject_or_phase: null,
          started_on: null,
          fte: null,
          programme: null,
          roles: ['headteacher'],
          has_mentor_row: false,
        },
        {
          full_name: 'Mo Mentor',
          trn: '0012345',
          qts_held: false,
          subject_or_phase: null,
          started_on: null,
          fte: null,
          programme: null,
          roles: ['mentor'],
          has_mentor_row: true,
        },
      ]);
    });

    it('updates a changed row and keeps blank fields', async () => {
      const school = await newSchool();
      await saveStaff(school, people);

      const again = await saveStaff(school, [
        { full_name: 'Mo Mentor', email: 'MO@example.test', roles: ['mentor', 'induction_tutor'] },
      ]);
      const [row] = await stack.sql<{ trn: string; roles: string[] }>(
        `select s.trn, array_agg(r.role::text order by r.role) as roles
         from public.staff s join public.school_roles r on r.staff_id = s.id
         where s.school_id = $1 and s.email = 'mo@example.test' group by s.trn`,
        [school.id],
      );

      expect(again.data[0].action).toBe('updated');
      expect(row).toEqual({ trn: '0012345', roles: ['induction_tutor', 'mentor'] });
    });

    it('names the row it rejects and writes nothing', async () => {
      const school = await newSchool();

      const result = await saveStaff(school, [
        people[0],
        { row: 7, full_name: 'Bad Trn', email: 'bad@example.test', roles: ['mentor'], trn: 'AB12' },
      ]);
      const [count] = await stack.sql<{ n: number }>(
        'select count(*)::int as n from public.staff where school_id = $1',
        [school.id],
      );

      expect(result.error?.code).toBe('23514');
      expect(result.error?.message).toMatch(/^Row 7: .*staff_trn_format/);
      expect(count!.n).toBe(1);
    });

    it('rejects a second open induction for one ECT', async () => {
      const school = await newSchool();
      await saveStaff(school, people);

      const result = await saveStaff(school, [
        { ...people[1], induction: { started_on: '2027-01-04' } },
      ]);

      expect(result.error?.code).toBe('23505');
      expect(result.error?.message).toBe(
        'Row 3: Ed Ect already has an induction here that started on 2 September 2026',
      );
      expect(result.error?.details).toBe('Column: started_on.');
    });

    it('requires a start date for a new ECT', async () => {
      const school = await newSchool();

      const result = await saveStaff(school, [
        { full_name: 'No Start', email: 'nostart@example.test', roles: ['ect'] },
      ]);

      expect(result.error?.code).toBe('23502');
      expect(result.error?.message).toBe('Row 1: Induction start date is missing for an ECT');
    });

    it('keeps a headteacher from writing', async () => {
      const school = await newSchool();
      const email = `head.${unique()}@example.test`;
      await saveStaff(school, [{ full_name: 'Reads Only', email, roles: ['headteacher'] }]);
      const { client } = await signUp(email);

      const result = await client.rpc('save_staff_members', {
        p_school_id: school.id,
        p_people: [
          { full_name: 'Sneaky', email: `sneaky.${unique()}@example.test`, roles: ['mentor'] },
        ],
      });

      expect(result.error?.code).toBe('42501');
    });
  });

  describe('mentors and statuses', () => {
    async function schoolWithPeople() {
      const school = await newSchool();
      await saveStaff(school, [
        { full_name: 'Ann Mentor', email: 'ann@example.test', roles: ['mentor'], qts_held: true },
        { full_name: 'Bob Mentor', email: 'bob@example.test', roles: ['mentor'], qts_held: true },
        {
          full_name: 'Cat Ect',
          email: 'cat@example.test',
          roles: ['ect', 'mentor'],
          qts_held: true,
          induction: { started_on: '2026-09-02' },
        },
      ]);
      const [induction] = await stack.sql<{ id: string }>(
        'select id from public.ect_inductions where school_id = $1',
        [school.id],
      );
      return {
        school,
        inductionId: induction!.id,
        ann: await staffIdByEmail(school.id, 'ann@example.test'),
        bob: await staffIdByEmail(school.id, 'bob@example.test'),
        cat: await staffIdByEmail(school.id, 'cat@example.test'),
      };
    }

    async function pairingsOf(inductionId: string) {
      return stack.sql<{
        mentor: string;
        started_on: string;
        ended_on: string | null;
        end_reason: string | null;
      }>(
        `select s.full_name as mentor, p.started_on::text, p.ended_on::text, p.end_reason
         from public.pairings p join public.mentors m on m.id = p.mentor_id
         join public.staff s on s.id = m.staff_id
         where p.ect_induction_id = $1 order by p.started_on`,
        [inductionId],
      );
    }

    it('ends the old pairing the day before the new one', async () => {
      const { school, inductionId, ann, bob } = await schoolWithPeople();

      const first = await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: ann,
        p_starts_on: '2026-09-02',
      });
      const second = await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: bob,
        p_starts_on: '2026-11-02',
        p_reason: 'Ann moved to Key stage 2',
      });

      expect(first.error).toBeNull();
      expect(second.error).toBeNull();
      expect(await pairingsOf(inductionId)).toEqual([
        {
          mentor: 'Ann Mentor',
          started_on: '2026-09-02',
          ended_on: '2026-11-01',
          end_reason: 'Ann moved to Key stage 2',
        },
        { mentor: 'Bob Mentor', started_on: '2026-11-02', ended_on: null, end_reason: null },
      ]);
    });

    it('refuses an overlap and self-mentoring with a clear message', async () => {
      const { school, inductionId, ann, bob, cat } = await schoolWithPeople();
      await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: ann,
        p_starts_on: '2026-10-05',
      });

      const overlap = await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: bob,
        p_starts_on: '2026-09-02',
      });
      const self = await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: cat,
        p_starts_on: '2026-11-02',
      });

      expect(overlap.error?.code).toBe('23P01');
      expect(overlap.error?.message).toBe('This ECT already has a mentor from 5 October 2026');
      expect(self.error?.code).toBe('23514');
      expect(self.error?.message).toBe('A mentor cannot mentor themself');
      expect(await pairingsOf(inductionId)).toHaveLength(1);
    });

    it('ends pairings and slots when the ECT moves school', async () => {
      const { school, inductionId, ann } = await schoolWithPeople();
      const { data: pairingId } = await school.tutor.rpc('assign_mentor', {
        p_ect_induction_id: inductionId,
        p_mentor_staff_id: ann,
        p_starts_on: '2026-09-02',
      });
      await school.tutor.from('timetable_slots').insert({
        school_id: school.id,
        pairing_id: pairingId,
        weekday: 2,
        starts_at: '14:00',
        minutes: 45,
        in_teaching_hours: true,
        effective_from: '2026-09-08',
      });

      const moved = await school.tutor.rpc('change_induction_status', {
        p_ect_induction_id: inductionId,
        p_status: 'moved_school',
        p_changed_on: '2026-11-20',
        p_reason: 'Moved to Riverside All-Through School',
      });
      const [induction] = await stack.sql<Record<string, string>>(
        `select status::text, status_changed_on::text, status_reason
         from public.ect_inductions where id = $1`,
        [inductionId],
      );
      const [slot] = await stack.sql<{ effective_to: string }>(
        'select effective_to::text from public.timetable_slots where pairing_id = $1',
        [pairingId],
      );
      const history = await stack.sql<{ status: string }>(
        `select new_values->>'status' as status from public.audit_log
         where table_name = 'ect_inductions' and row_id = $1 order by id`,
        [inductionId],
      );

      expect(moved.error).toBeNull();
      expect(induction).toEqual({
        status: 'moved_school',
        status_changed_on: '2026-11-20',
        status_reason: 'Moved to Riverside All-Through School',
      });
      expect((await pairingsOf(inductionId))[0]?.ended_on).toBe('2026-11-20');
      expect(slot!.effective_to).toBe('2026-11-20');
      expect(history.map((row) => row.status)).toEqual(['active', 'moved_school']);
    });
  });

  describe('concern notes', () => {
    it('record the signed-in tutor as the author', async () => {
      const school = await newSchool();
      await saveStaff(school, [
        { full_name: 'Ann Mentor', email: 'ann@example.test', roles: ['mentor'] },
      ]);
      const [mentor] = await stack.sql<{ id: string }>(
        'select id from public.mentors where school_id = $1',
        [school.id],
      );
      const [concern] = await stack.sql<{ id: string }>(
        `insert into public.concerns (school_id, subject, mentor_id, summary, raised_by_staff_id)
         values ($1, 'mentor_capacity', $2, 'No cover on Mondays', $3) returning id`,
        [school.id, mentor!.id, school.tutorStaffId],
      );
      const other = await staffIdByEmail(school.id, 'ann@example.test');

      const insert = await school.tutor.from('concern_notes').insert({
        school_id: school.id,
        concern_id: concern!.id,
        author_staff_id: other,
        body: 'Spoke to the head about cover.',
      });
      const [note] = await stack.sql<{ author_staff_id: string }>(
        'select author_staff_id from public.concern_notes where concern_id = $1',
        [concern!.id],
      );

      expect(insert.error).toBeNull();
      expect(note!.author_staff_id).toBe(school.tutorStaffId);
    });
  });
});
