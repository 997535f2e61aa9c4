-- Membership helpers for the row-level security policies.
--
-- Each helper is `security definer`: it runs as the owner, which has
-- BYPASSRLS, so it can read staff, school_roles, mentors and pairings
-- without going through their policies (which call these helpers, and would
-- otherwise recurse). `set search_path = ''` stops a caller from redirecting
-- an unqualified name to an object of their own. Policies call them as
-- `(select private.fn(...))`, which Postgres plans as an initplan and so
-- runs once per statement instead of once per row.
--
-- A role in school_roles is what grants access: a mentors row or an
-- ect_inductions row gives its person nothing while they do not also hold
-- the `mentor` or `ect` role at that school.

-- Policies are evaluated as the signed-in user, who therefore needs to reach
-- the schema. The schema is not in the API's exposed schemas, so its
-- functions cannot be called over REST.
grant usage on schema private to authenticated, service_role;

create function private.my_staff_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(s.id), '{}')
  from public.staff s
  where s.user_id = auth.uid()
$$;

comment on function private.my_staff_ids() is
  'Staff rows (one per school) linked to the signed-in user.';

create function private.my_school_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct r.school_id), '{}')
  from public.school_roles r
  join public.staff s on s.id = r.staff_id
  where s.user_id = auth.uid()
$$;

comment on function private.my_school_ids() is
  'Schools where the signed-in user holds any role.';

create function private.school_ids_with_role(roles public.school_role[]) returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct r.school_id), '{}')
  from public.school_roles r
  join public.staff s on s.id = r.staff_id
  where s.user_id = auth.uid()
    and r.role = any (roles)
$$;

comment on function private.school_ids_with_role(public.school_role[]) is
  'Schools where the signed-in user holds at least one of the given roles.';

create function private.my_mentor_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(m.id), '{}')
  from public.mentors m
  join public.staff s on s.id = m.staff_id
  where s.user_id = auth.uid()
    and exists (
      select
      from public.school_roles r
      where r.staff_id = m.staff_id
        and r.school_id = m.school_id
        and r.role = 'mentor'
    )
$$;

comment on function private.my_mentor_ids() is
  'Mentor rows of the signed-in user at schools where they hold the mentor role.';

create function private.my_pairing_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(p.id), '{}')
  from public.pairings p
  where p.mentor_id = any (private.my_mentor_ids())
$$;

comment on function private.my_pairing_ids() is
  'Pairings, past and current, in which the signed-in user is the mentor.';

create function private.my_mentee_induction_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct p.ect_induction_id), '{}')
  from public.pairings p
  where p.mentor_id = any (private.my_mentor_ids())
$$;

comment on function private.my_mentee_induction_ids() is
  'ECT inductions that the signed-in user mentors or has mentored.';

create function private.my_mentee_staff_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct e.ect_staff_id), '{}')
  from public.ect_inductions e
  where e.id = any (private.my_mentee_induction_ids())
$$;

comment on function private.my_mentee_staff_ids() is
  'Staff rows of the ECTs that the signed-in user mentors or has mentored.';

create function private.my_ect_induction_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(e.id), '{}')
  from public.ect_inductions e
  join public.staff s on s.id = e.ect_staff_id
  where s.user_id = auth.uid()
    and exists (
      select
      from public.school_roles r
      where r.staff_id = e.ect_staff_id
        and r.school_id = e.school_id
        and r.role = 'ect'
    )
$$;

comment on function private.my_ect_induction_ids() is
  'Inductions of the signed-in user as an ECT, at schools where they hold the ect role.';

create function private.my_ect_pairing_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(p.id), '{}')
  from public.pairings p
  where p.ect_induction_id = any (private.my_ect_induction_ids())
$$;

comment on function private.my_ect_pairing_ids() is
  'Pairings, past and current, of the signed-in user''s own inductions.';

create function private.my_ect_mentor_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct p.mentor_id), '{}')
  from public.pairings p
  where p.ect_induction_id = any (private.my_ect_induction_ids())
$$;

comment on function private.my_ect_mentor_ids() is
  'Mentor rows of the mentors the signed-in user has or had as an ECT.';

create function private.my_ect_mentor_staff_ids() returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(distinct m.staff_id), '{}')
  from public.mentors m
  where m.id = any (private.my_ect_mentor_ids())
$$;

comment on function private.my_ect_mentor_staff_ids() is
  'Staff rows of the mentors the signed-in user has or had as an ECT.';

-- Nobody but the API's signed-in role (and the service role) may call a
-- helper: anon in particular must not probe memberships through them.
revoke all on all functions in schema private from public, anon;

grant execute on function
  private.my_staff_ids(),
  private.my_school_ids(),
  private.school_ids_with_role(public.school_role[]),
  private.my_mentor_ids(),
  private.my_pairing_ids(),
  private.my_mentee_induction_ids(),
  private.my_mentee_staff_ids(),
  private.my_ect_induction_ids(),
  private.my_ect_pairing_ids(),
  private.my_ect_mentor_ids(),
  private.my_ect_mentor_staff_ids(),
  private.london_today()
to authenticated, service_role;
