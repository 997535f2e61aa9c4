-- Row-level security on every table in public.
--
-- Who may do what:
-- - induction tutors read and write every school-scoped row of their school,
--   and read and update the school itself;
-- - headteachers read every row of their school, concerns included, and
--   write nothing;
-- - mentors read their own pairings and mentor row, their mentees'
--   inductions and staff rows, and the slots and sessions of their pairings;
--   they log, change and delete sessions and add and change slots on their
--   own pairings, and raise concerns, which they can then read;
-- - ECTs read their own induction, pairings, slots and sessions, and their
--   mentors' mentor and staff rows;
-- - every signed-in user reads appropriate_bodies, their own staff rows and
--   school roles, and the schools and term dates where they hold a role;
-- - anon has no policy, and no grant either (see the grants migration).
--
-- RLS is enabled but not forced on any table. Forcing would apply policies
-- to the owner too, but the owner has BYPASSRLS (as `postgres` does on
-- hosted Supabase), which wins over FORCE, and the security definer helpers
-- in private rely on reading past the policies.
--
-- Policies filter on school_id, id or a foreign key column, each indexed,
-- and compare it with an array that a helper computes once per statement:
-- `col = any ((select private.fn())::uuid[])`. The cast matters: without
-- it, Postgres parses `any ((select ...))` as a comparison with each row of
-- a subquery, which here fails with "operator does not exist: uuid = uuid[]".
-- Update policies repeat their condition in `with check`, so that a row
-- cannot be moved to a school where the user holds no such role; the
-- composite foreign keys (school_id, parent_id) stop a row from pointing at
-- another school's mentor, ECT or pairing.

-------------------------------------------------------------------------------
-- Indexes for columns that policies filter on and that had none
-------------------------------------------------------------------------------

create index concerns_raised_by_staff_id_idx on public.concerns (raised_by_staff_id);
create index concerns_assigned_to_staff_id_idx on public.concerns (assigned_to_staff_id);

-------------------------------------------------------------------------------
-- Enable RLS
-------------------------------------------------------------------------------

alter table public.appropriate_bodies enable row level security;
alter table public.schools enable row level security;
alter table public.staff enable row level security;
alter table public.school_roles enable row level security;
alter table public.ect_inductions enable row level security;
alter table public.mentors enable row level security;
alter table public.pairings enable row level security;
alter table public.timetable_slots enable row level security;
alter table public.mentor_sessions enable row level security;
alter table public.concerns enable row level security;
alter table public.term_dates enable row level security;

-------------------------------------------------------------------------------
-- appropriate_bodies: reference data, written only by the service role
-------------------------------------------------------------------------------

create policy "Signed-in users can read appropriate bodies"
  on public.appropriate_bodies for select to authenticated
  using (true);

-------------------------------------------------------------------------------
-- schools
-------------------------------------------------------------------------------

create policy "Staff can read the schools where they hold a role"
  on public.schools for select to authenticated
  using (id = any ((select private.my_school_ids())::uuid[]));

create policy "Induction tutors can update their school"
  on public.schools for update to authenticated
  using (id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- staff
-------------------------------------------------------------------------------

create policy "Users can read their own staff rows"
  on public.staff for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Headteachers and induction tutors can read their school's staff"
  on public.staff for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their mentees' staff rows"
  on public.staff for select to authenticated
  using (id = any ((select private.my_mentee_staff_ids())::uuid[]));

create policy "ECTs can read their mentors' staff rows"
  on public.staff for select to authenticated
  using (id = any ((select private.my_ect_mentor_staff_ids())::uuid[]));

create policy "Induction tutors can add staff at their school"
  on public.staff for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's staff"
  on public.staff for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's staff"
  on public.staff for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- school_roles
-------------------------------------------------------------------------------

create policy "Users can read their own school roles"
  on public.school_roles for select to authenticated
  using (staff_id = any ((select private.my_staff_ids())::uuid[]));

create policy "Headteachers and induction tutors can read their school's roles"
  on public.school_roles for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Induction tutors can add roles at their school"
  on public.school_roles for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's roles"
  on public.school_roles for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's roles"
  on public.school_roles for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- ect_inductions
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's inductions"
  on public.ect_inductions for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their mentees' inductions"
  on public.ect_inductions for select to authenticated
  using (id = any ((select private.my_mentee_induction_ids())::uuid[]));

create policy "ECTs can read their own inductions"
  on public.ect_inductions for select to authenticated
  using (id = any ((select private.my_ect_induction_ids())::uuid[]));

create policy "Induction tutors can add inductions at their school"
  on public.ect_inductions for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's inductions"
  on public.ect_inductions for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's inductions"
  on public.ect_inductions for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- mentors
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's mentors"
  on public.mentors for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their own mentor rows"
  on public.mentors for select to authenticated
  using (id = any ((select private.my_mentor_ids())::uuid[]));

-- The ECT app shows the mentor's name, which it reaches through
-- pairings.mentor_id -> mentors.staff_id -> staff.
create policy "ECTs can read their mentors' mentor rows"
  on public.mentors for select to authenticated
  using (id = any ((select private.my_ect_mentor_ids())::uuid[]));

create policy "Induction tutors can add mentors at their school"
  on public.mentors for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's mentors"
  on public.mentors for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's mentors"
  on public.mentors for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- pairings
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's pairings"
  on public.pairings for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their own pairings"
  on public.pairings for select to authenticated
  using (id = any ((select private.my_pairing_ids())::uuid[]));

create policy "ECTs can read their own pairings"
  on public.pairings for select to authenticated
  using (id = any ((select private.my_ect_pairing_ids())::uuid[]));

create policy "Induction tutors can add pairings at their school"
  on public.pairings for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's pairings"
  on public.pairings for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's pairings"
  on public.pairings for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- timetable_slots
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's slots"
  on public.timetable_slots for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read the slots of their pairings"
  on public.timetable_slots for select to authenticated
  using (pairing_id = any ((select private.my_pairing_ids())::uuid[]));

create policy "ECTs can read the slots of their pairings"
  on public.timetable_slots for select to authenticated
  using (pairing_id = any ((select private.my_ect_pairing_ids())::uuid[]));

create policy "Induction tutors can add slots at their school"
  on public.timetable_slots for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can add slots to their pairings"
  on public.timetable_slots for insert to authenticated
  with check (
    pairing_id = any ((select private.my_pairing_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can update their school's slots"
  on public.timetable_slots for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can update the slots of their pairings"
  on public.timetable_slots for update to authenticated
  using (pairing_id = any ((select private.my_pairing_ids())::uuid[]))
  with check (
    pairing_id = any ((select private.my_pairing_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can delete their school's slots"
  on public.timetable_slots for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- mentor_sessions (the core trigger keeps held_on inside the pairing's dates)
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's sessions"
  on public.mentor_sessions for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read the sessions of their pairings"
  on public.mentor_sessions for select to authenticated
  using (pairing_id = any ((select private.my_pairing_ids())::uuid[]));

create policy "ECTs can read the sessions of their pairings"
  on public.mentor_sessions for select to authenticated
  using (pairing_id = any ((select private.my_ect_pairing_ids())::uuid[]));

create policy "Induction tutors can log sessions at their school"
  on public.mentor_sessions for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can log sessions on their pairings"
  on public.mentor_sessions for insert to authenticated
  with check (
    pairing_id = any ((select private.my_pairing_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can update their school's sessions"
  on public.mentor_sessions for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can update the sessions of their pairings"
  on public.mentor_sessions for update to authenticated
  using (pairing_id = any ((select private.my_pairing_ids())::uuid[]))
  with check (
    pairing_id = any ((select private.my_pairing_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can delete their school's sessions"
  on public.mentor_sessions for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can delete the sessions of their pairings"
  on public.mentor_sessions for delete to authenticated
  using (pairing_id = any ((select private.my_pairing_ids())::uuid[]));

-- created_by defaults to auth.uid(), but a client could send another user's
-- id in the request body. On insert through the API this records the
-- signed-in user whatever the body says; the service role and the owner
-- (no JWT subject) may set it, for seeding and imports. It never changes
-- afterwards.
create function private.stamp_session_creator() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.created_by := coalesce(auth.uid(), new.created_by);
  else
    new.created_by := old.created_by;
  end if;
  return new;
end
$$;

revoke all on function private.stamp_session_creator() from public, anon;

create trigger mentor_sessions_stamp_creator before insert or update on public.mentor_sessions
  for each row execute function private.stamp_session_creator();

-------------------------------------------------------------------------------
-- concerns
-------------------------------------------------------------------------------

create policy "Headteachers and induction tutors can read their school's concerns"
  on public.concerns for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read the concerns they raised"
  on public.concerns for select to authenticated
  using (
    raised_by_staff_id = any ((select private.my_staff_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can raise concerns at their school"
  on public.concerns for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-- A mentor raises a concern as themself, still open, about the progress of
-- an ECT they mentor or about their own time or capacity.
create policy "Mentors can raise concerns about their mentees or themselves"
  on public.concerns for insert to authenticated
  with check (
    school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
    and raised_by_staff_id = any ((select private.my_staff_ids())::uuid[])
    and status = 'open'
    and (ect_induction_id is null
      or ect_induction_id = any ((select private.my_mentee_induction_ids())::uuid[]))
    and (mentor_id is null or mentor_id = any ((select private.my_mentor_ids())::uuid[]))
  );

create policy "Induction tutors can update their school's concerns"
  on public.concerns for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's concerns"
  on public.concerns for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-------------------------------------------------------------------------------
-- term_dates
-------------------------------------------------------------------------------

create policy "Staff can read the term dates of schools where they hold a role"
  on public.term_dates for select to authenticated
  using (school_id = any ((select private.my_school_ids())::uuid[]));

create policy "Induction tutors can add term dates at their school"
  on public.term_dates for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's term dates"
  on public.term_dates for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's term dates"
  on public.term_dates for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));
