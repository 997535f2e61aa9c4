-- Faster row-level security helpers and school dashboard, with the same results.
--
-- `npm run bench` (bench/run.ts) showed two costs that grow with the data:
--
-- 1. The policy helpers are SQL functions with `set search_path`, which Postgres never
--    inlines: every call planned its query again, and a helper that called another inside a
--    filter, such as `p.mentor_id = any (private.my_mentor_ids())`, ran it once per row
--    scanned. They are now PL/pgSQL, which keeps each plan for the connection, and inner
--    calls are `(select ...)` initplans, which run once per call.
-- 2. The dashboard read term_dates, pairings, staff, concerns and school_roles in correlated
--    subqueries and lateral joins, once per ECT, and each of those reads applied the table's
--    policies again. The rewrite reads each table once for the school, in CTEs, and joins the
--    per-ECT figures from grouped results.
--
-- Both functions keep their signatures, columns and definitions (docs/DASHBOARD.md), and stay
-- `security invoker`: every table read still applies the caller's policies.

-------------------------------------------------------------------------------
-- Helpers: planned once per connection, each inner helper run once per call
-------------------------------------------------------------------------------

-- The same queries as in the access helpers migration, in PL/pgSQL. An SQL function with
-- `set search_path` is never inlined, so each call planned its query again: about 0.5 ms
-- per call at 1,000 schools, and a page that reads four tables calls helpers 10 to 30
-- times. PL/pgSQL keeps each query's plan for the connection. Inside a helper, an inner
-- helper is called as `(select ...)`, an initplan that runs once, where a bare call in a
-- filter ran once per row scanned.

create or replace function private.my_staff_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(s.id), '{}')
    from public.staff s
    where s.user_id = auth.uid()
  );
end
$$;

create or replace function private.my_school_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(distinct r.school_id), '{}')
    from public.school_roles r
    join public.staff s on s.id = r.staff_id
    where s.user_id = auth.uid()
  );
end
$$;

create or replace function private.school_ids_with_role(roles public.school_role[]) returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  return (
    select coalesce(array_agg(distinct r.school_id), '{}')
    from public.school_roles r
    join public.staff s on s.id = r.staff_id
    where s.user_id = auth.uid()
      and r.role = any (roles)
  );
end
$$;

create or replace function private.my_mentor_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
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
  );
end
$$;

create or replace function private.my_pairing_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(p.id), '{}')
    from public.pairings p
    where p.mentor_id = any ((select private.my_mentor_ids())::uuid[])
  );
end
$$;

create or replace function private.my_mentee_induction_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(distinct p.ect_induction_id), '{}')
    from public.pairings p
    where p.mentor_id = any ((select private.my_mentor_ids())::uuid[])
  );
end
$$;

create or replace function private.my_mentee_staff_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(distinct e.ect_staff_id), '{}')
    from public.ect_inductions e
    where e.id = any ((select private.my_mentee_induction_ids())::uuid[])
  );
end
$$;

create or replace function private.my_ect_induction_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
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
  );
end
$$;

create or replace function private.my_ect_pairing_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(p.id), '{}')
    from public.pairings p
    where p.ect_induction_id = any ((select private.my_ect_induction_ids())::uuid[])
  );
end
$$;

create or replace function private.my_ect_mentor_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(distinct p.mentor_id), '{}')
    from public.pairings p
    where p.ect_induction_id = any ((select private.my_ect_induction_ids())::uuid[])
  );
end
$$;

create or replace function private.my_ect_mentor_staff_ids() returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(distinct m.staff_id), '{}')
    from public.mentors m
    where m.id = any ((select private.my_ect_mentor_ids())::uuid[])
  );
end
$$;

-------------------------------------------------------------------------------
-- Dashboard figures: each table read once per call
-------------------------------------------------------------------------------

create or replace function private.school_dashboard_figures(p_school_id uuid, p_as_of date)
returns table (
  ect_induction_id uuid,
  ect_staff_id uuid,
  ect_name text,
  induction_year integer,
  induction_term integer,
  fte numeric,
  mentor_staff_id uuid,
  mentor_name text,
  last_session_on date,
  sessions_this_term integer,
  expected_this_term numeric,
  timetabled_minutes_per_week integer,
  open_concerns integer,
  flag_no_mentor boolean,
  flag_mentor_without_qts boolean,
  flag_mentor_is_induction_tutor boolean,
  flag_no_slot boolean,
  flag_slot_outside_teaching_hours boolean,
  sessions_last_4_weeks integer,
  expected_last_4_weeks numeric,
  term_weeks_since_last_session integer
)
language plpgsql
stable
security invoker
set search_path = ''
-- Planning this query took as long as running it. An SQL function plans it again on every
-- call, and PL/pgSQL's default picks a plan per call for the first calls and then only if
-- the generic plan looks costlier, which it did here. The generic plan, kept for the session,
-- halved the time per call in bench/ (the school's data is similar from one school to the next).
set plan_cache_mode = force_generic_plan
as $$
-- The output columns share names with table columns; every reference is qualified, and this
-- makes an unqualified one mean the column.
#variable_conflict use_column
begin
  return query
    with as_of as (
      select coalesce(p_as_of, private.london_today()) as as_of_date
    ),
    -- Every figure looks at terms that started by D, so later terms are left out.
    terms as (
      select t.id, t.starts_on, t.ends_on, t.half_term_starts_on, t.half_term_ends_on
      from public.term_dates t, as_of a
      where t.school_id = p_school_id
        and t.starts_on <= a.as_of_date
    ),
    -- Monday-to-Sunday weeks with at least one term day (a weekday of a term outside its
    -- half-term), identified by Monday.
    term_weeks as (
      select distinct
        t.id as term_id,
        d.day - (extract(isodow from d.day)::integer - 1) as monday
      from terms t
      cross join lateral generate_series(0, t.ends_on - t.starts_on) as g (n)
      cross join lateral (select t.starts_on + g.n as day) d
      where extract(isodow from d.day) < 6
        and d.day not between t.half_term_starts_on and t.half_term_ends_on
    ),
    weeks_to_date as (
      select distinct tw.monday
      from term_weeks tw, as_of a
      where tw.monday <= a.as_of_date
    ),
    last_four_weeks as (
      select wd.monday
      from weeks_to_date wd
      order by wd.monday desc
      limit 4
    ),
    -- Terms do not overlap, so the latest term that started on or before D is the term
    -- containing D, or the last one before a holiday.
    this_term_weeks as (
      select tw.monday
      from term_weeks tw, as_of a
      where tw.monday <= a.as_of_date
        and tw.term_id = (
          select t.id
          from terms t
          where t.starts_on <= a.as_of_date
          order by t.starts_on desc
          limit 1
        )
    ),
    active_inductions as (
      select
        e.id,
        e.ect_staff_id,
        e.started_on,
        e.fte,
        e.started_on - (extract(isodow from e.started_on)::integer - 1) as start_monday
      from public.ect_inductions e, as_of a
      where e.school_id = p_school_id
        and e.status = 'active'
        and e.started_on <= a.as_of_date
    ),
    -- Part-time ECTs move through the six induction terms pro rata.
    with_cadence as (
      select
        ai.*,
        staged.induction_term,
        case when staged.induction_term <= 3 then 1 else 2 end as induction_year,
        case
          when staged.induction_term <= 3 then s.year_one_sessions_per_week
          else s.year_two_sessions_per_week
        end as cadence
      from active_inductions ai
      cross join as_of a
      cross join lateral (
        select greatest(1, least(6, floor((count(*) - 1) * ai.fte)::integer + 1)) as induction_term
        from terms t
        where t.starts_on <= a.as_of_date
          and t.ends_on >= ai.started_on
      ) staged
      join public.schools s on s.id = p_school_id
    ),
    school_pairings as (
      select p.id, p.mentor_id, p.ect_induction_id, p.started_on, p.ended_on
      from public.pairings p
      where p.school_id = p_school_id
    ),
    -- An ECT has at most one mentor on any day, so at most one pairing is current.
    current_pairings as (
      select distinct on (sp.ect_induction_id) sp.id, sp.mentor_id, sp.ect_induction_id
      from school_pairings sp, as_of a
      where sp.started_on <= a.as_of_date
        and (sp.ended_on is null or sp.ended_on >= a.as_of_date)
      order by sp.ect_induction_id, sp.started_on desc
    ),
    -- Sessions are found through their pairings, one (pairing_id, held_on) index range each.
    -- A session's school is its pairing's (composite foreign key), so no school filter is
    -- needed, and with one the planner combined both indexes and read the school's whole
    -- range of the (school_id, held_on) index once per pairing.
    sessions as (
      select
        sp.ect_induction_id,
        ms.held_on,
        ms.held_on - (extract(isodow from ms.held_on)::integer - 1) as monday
      from school_pairings sp
      cross join as_of a
      join public.mentor_sessions ms on ms.pairing_id = sp.id and ms.held_on <= a.as_of_date
    ),
    -- One pass over the sessions; each week list has distinct Mondays, so the joins never
    -- repeat a session.
    session_figures as (
      select
        se.ect_induction_id,
        max(se.held_on) as last_held_on,
        count(ttw.monday)::integer as this_term,
        count(lfw.monday)::integer as last_four_weeks
      from sessions se
      left join this_term_weeks ttw on ttw.monday = se.monday
      left join last_four_weeks lfw on lfw.monday = se.monday
      group by se.ect_induction_id
    ),
    slot_figures as (
      select
        ts.pairing_id,
        sum(ts.minutes)::integer as minutes,
        count(*) as slot_count,
        bool_or(not ts.in_teaching_hours) as any_outside_teaching_hours
      from public.timetable_slots ts, as_of a
      where ts.school_id = p_school_id
        and ts.effective_from <= a.as_of_date
        and (ts.effective_to is null or ts.effective_to >= a.as_of_date)
      group by ts.pairing_id
    ),
    open_concern_counts as (
      select c.ect_induction_id, count(*)::integer as open_concerns
      from public.concerns c
      where c.school_id = p_school_id
        and c.status <> 'resolved'
        and c.ect_induction_id is not null
      group by c.ect_induction_id
    ),
    school_staff as (
      select st.id, st.full_name, st.qts_held
      from public.staff st
      where st.school_id = p_school_id
    ),
    tutor_staff as (
      select distinct r.staff_id
      from public.school_roles r
      where r.school_id = p_school_id
        and r.role = 'induction_tutor'
    )
    select
      wc.id,
      wc.ect_staff_id,
      ect.full_name,
      wc.induction_year,
      wc.induction_term,
      wc.fte,
      mentor_staff.id,
      mentor_staff.full_name,
      sf.last_held_on,
      coalesce(sf.this_term, 0),
      wc.cadence * (
        select count(*) from this_term_weeks ttw where ttw.monday >= wc.start_monday
      ),
      coalesce(slot.minutes, 0),
      coalesce(oc.open_concerns, 0),
      cp.id is null,
      coalesce(
        cp.id is not null and not mentor_staff.qts_held and m.ab_check_confirmed_on is null,
        false
      ),
      cp.id is not null and tutor.staff_id is not null,
      cp.id is not null and coalesce(slot.slot_count, 0) = 0,
      coalesce(slot.any_outside_teaching_hours, false),
      coalesce(sf.last_four_weeks, 0),
      wc.cadence * (
        select count(*) from last_four_weeks lfw where lfw.monday >= wc.start_monday
      ),
      (
        select count(*)
        from weeks_to_date wd
        where (sf.last_held_on is null and wd.monday >= wc.started_on)
          or wd.monday > sf.last_held_on
      )::integer
    from with_cadence wc
    left join school_staff ect on ect.id = wc.ect_staff_id
    left join session_figures sf on sf.ect_induction_id = wc.id
    left join current_pairings cp on cp.ect_induction_id = wc.id
    left join public.mentors m on m.id = cp.mentor_id and m.school_id = p_school_id
    left join school_staff mentor_staff on mentor_staff.id = m.staff_id
    left join tutor_staff tutor on tutor.staff_id = m.staff_id
    left join slot_figures slot on slot.pairing_id = cp.id
    left join open_concern_counts oc on oc.ect_induction_id = wc.id;
end
$$;

comment on function private.school_dashboard_figures(uuid, date) is
  'Per active ECT: the columns of school_dashboard_ects plus the figures that '
  'school_dashboard_tiles sums (sessions and expected sessions over the last four term weeks, '
  'and term weeks since the last session). Reads each table once for the school. Security '
  'invoker: reads only what the caller may.';

-------------------------------------------------------------------------------
-- Dashboard for the school's leaders: authorise once, then read without policies
-------------------------------------------------------------------------------

-- A headteacher or induction tutor may read every row of their school in every table that the
-- figures read: each of those tables has a "Headteachers and induction tutors can read their
-- school's ..." policy, and anyone with a role at a school reads its schools and term_dates
-- rows. For them the policies filter nothing, yet evaluating them cost as much again as the
-- figures themselves. So this function checks the role once and then computes the figures as
-- the owner, who bypasses RLS: a security invoker function called from a security definer
-- one runs as the definer. For anyone else it returns no rows and does not run the figures.
create function private.led_school_dashboard_figures(p_school_id uuid, p_as_of date)
returns table (
  ect_induction_id uuid,
  ect_staff_id uuid,
  ect_name text,
  induction_year integer,
  induction_term integer,
  fte numeric,
  mentor_staff_id uuid,
  mentor_name text,
  last_session_on date,
  sessions_this_term integer,
  expected_this_term numeric,
  timetabled_minutes_per_week integer,
  open_concerns integer,
  flag_no_mentor boolean,
  flag_mentor_without_qts boolean,
  flag_mentor_is_induction_tutor boolean,
  flag_no_slot boolean,
  flag_slot_outside_teaching_hours boolean,
  sessions_last_4_weeks integer,
  expected_last_4_weeks numeric,
  term_weeks_since_last_session integer
)
language sql
stable
security definer
set search_path = ''
as $$
  select f.*
  from private.school_dashboard_figures(p_school_id, p_as_of) f
  -- A condition on parameters only: Postgres checks it once, before calling the function.
  where p_school_id = any (
    (select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[]
  )
$$;

comment on function private.led_school_dashboard_figures(uuid, date) is
  'school_dashboard_figures without policy checks, for a headteacher or induction tutor of the '
  'school, whom the policies let read every row the figures use; no rows for anyone else.';

-- The figures that the caller may see: the leaders' path, or else the figures computed from
-- the rows that the caller's policies let through (a mentor's own pairings, an ECT's own
-- induction, nothing for a stranger).
create function private.visible_school_dashboard_figures(p_school_id uuid, p_as_of date)
returns table (
  ect_induction_id uuid,
  ect_staff_id uuid,
  ect_name text,
  induction_year integer,
  induction_term integer,
  fte numeric,
  mentor_staff_id uuid,
  mentor_name text,
  last_session_on date,
  sessions_this_term integer,
  expected_this_term numeric,
  timetabled_minutes_per_week integer,
  open_concerns integer,
  flag_no_mentor boolean,
  flag_mentor_without_qts boolean,
  flag_mentor_is_induction_tutor boolean,
  flag_no_slot boolean,
  flag_slot_outside_teaching_hours boolean,
  sessions_last_4_weeks integer,
  expected_last_4_weeks numeric,
  term_weeks_since_last_session integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  select f.*
  from private.led_school_dashboard_figures(p_school_id, p_as_of) f
  union all
  select f.*
  from private.school_dashboard_figures(p_school_id, p_as_of) f
  where not p_school_id = any (
    (select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[]
  )
$$;

comment on function private.visible_school_dashboard_figures(uuid, date) is
  'school_dashboard_figures as the caller may see them: every active ECT for the school''s '
  'headteachers and induction tutors, else only what the caller''s policies let through.';

revoke all on function
  private.led_school_dashboard_figures(uuid, date),
  private.visible_school_dashboard_figures(uuid, date)
from public, anon;

grant execute on function
  private.led_school_dashboard_figures(uuid, date),
  private.visible_school_dashboard_figures(uuid, date)
to authenticated, service_role;

-------------------------------------------------------------------------------
-- The public dashboard functions read the visible figures
-------------------------------------------------------------------------------

-- Unchanged but for the figures function they call; their comments stay as they were.
create or replace function public.school_dashboard_tiles(p_school_id uuid, p_as_of date default null)
returns table (
  active_ects integer,
  ects_without_mentor integer,
  sessions_held_last_4_weeks integer,
  sessions_expected_last_4_weeks numeric,
  ects_without_recent_session integer,
  active_pairings integer,
  pairings_with_slot integer,
  open_concerns integer,
  oldest_open_concern_days integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  figures as (
    select f.*
    from as_of a
    cross join lateral private.visible_school_dashboard_figures(p_school_id, a.as_of_date) f
  ),
  ect_tiles as (
    select
      count(*)::integer as active_ects,
      (count(*) filter (where f.flag_no_mentor))::integer as ects_without_mentor,
      coalesce(sum(f.sessions_last_4_weeks), 0)::integer as sessions_held,
      coalesce(sum(f.expected_last_4_weeks), 0)::numeric as sessions_expected,
      (count(*) filter (where f.term_weeks_since_last_session > 2))::integer as without_recent,
      (count(*) filter (where not f.flag_no_mentor))::integer as active_pairings,
      (count(*) filter (where not f.flag_no_mentor and not f.flag_no_slot))::integer as with_slot
    from figures f
  ),
  concern_tiles as (
    select
      count(*)::integer as open_concerns,
      min((c.raised_at at time zone 'Europe/London')::date) as oldest_raised_on
    from public.concerns c
    where c.school_id = p_school_id
      and c.status <> 'resolved'
  )
  select
    et.active_ects,
    et.ects_without_mentor,
    et.sessions_held,
    et.sessions_expected,
    et.without_recent,
    et.active_pairings,
    et.with_slot,
    ct.open_concerns,
    a.as_of_date - ct.oldest_raised_on
  from ect_tiles et, concern_tiles ct, as_of a
$$;

create or replace function public.school_dashboard_ects(p_school_id uuid, p_as_of date default null)
returns table (
  ect_induction_id uuid,
  ect_staff_id uuid,
  ect_name text,
  induction_year integer,
  induction_term integer,
  fte numeric,
  mentor_staff_id uuid,
  mentor_name text,
  last_session_on date,
  sessions_this_term integer,
  expected_this_term numeric,
  timetabled_minutes_per_week integer,
  open_concerns integer,
  flag_no_mentor boolean,
  flag_mentor_without_qts boolean,
  flag_mentor_is_induction_tutor boolean,
  flag_no_slot boolean,
  flag_slot_outside_teaching_hours boolean
)
language sql
stable
security invoker
set search_path = ''
as $$
  select
    f.ect_induction_id,
    f.ect_staff_id,
    f.ect_name,
    f.induction_year,
    f.induction_term,
    f.fte,
    f.mentor_staff_id,
    f.mentor_name,
    f.last_session_on,
    f.sessions_this_term,
    f.expected_this_term,
    f.timetabled_minutes_per_week,
    f.open_concerns,
    f.flag_no_mentor,
    f.flag_mentor_without_qts,
    f.flag_mentor_is_induction_tutor,
    f.flag_no_slot,
    f.flag_slot_outside_teaching_hours
  from private.visible_school_dashboard_figures(
    p_school_id,
    coalesce(p_as_of, private.london_today())
  ) f
  -- Byte order, so that every server returns the same order whatever its
  -- default collation: PGlite's is C, a hosted database's may be linguistic.
  order by f.ect_name collate "C", f.ect_induction_id
$$;
