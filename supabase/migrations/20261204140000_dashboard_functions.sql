-- The school dashboard and the signed-in user's roles, as SQL functions that
-- the app calls over RPC. docs/DASHBOARD.md defines every figure; these
-- functions and the seed's independent calculator must agree with it.
--
-- All of them are `security invoker`: each table they read applies the
-- caller's policies, so a user who cannot see a school gets zeros and no
-- rows for it, never an error and never another school's rows. A mentor or
-- an ECT who calls them sees figures built from the rows they may read.

-------------------------------------------------------------------------------
-- Per-ECT figures shared by both dashboard functions
-------------------------------------------------------------------------------

create function private.school_dashboard_figures(p_school_id uuid, p_as_of date)
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
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  -- Weekdays of each term outside its half-term.
  term_days as (
    select t.id as term_id, t.starts_on + g.n as day
    from public.term_dates t
    cross join lateral generate_series(0, t.ends_on - t.starts_on) as g (n)
    where t.school_id = p_school_id
      and extract(isodow from t.starts_on + g.n) < 6
      and t.starts_on + g.n not between t.half_term_starts_on and t.half_term_ends_on
  ),
  -- Monday-to-Sunday weeks with at least one term day, identified by Monday.
  term_weeks as (
    select distinct td.term_id, td.day - (extract(isodow from td.day)::integer - 1) as monday
    from term_days td
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
  -- Terms do not overlap, so the latest term that started on or before D is
  -- the term containing D, or the last one before a holiday.
  this_term as (
    select t.id
    from public.term_dates t, as_of a
    where t.school_id = p_school_id
      and t.starts_on <= a.as_of_date
    order by t.starts_on desc
    limit 1
  ),
  this_term_weeks as (
    select tw.monday
    from term_weeks tw, as_of a
    where tw.term_id = (select tt.id from this_term tt)
      and tw.monday <= a.as_of_date
  ),
  active_inductions as (
    select
      e.id,
      e.ect_staff_id,
      e.started_on,
      e.fte,
      e.started_on - (extract(isodow from e.started_on)::integer - 1) as start_monday,
      (
        select count(*)
        from public.term_dates t
        where t.school_id = p_school_id
          and t.starts_on <= a.as_of_date
          and t.ends_on >= e.started_on
      )::integer as terms_elapsed
    from public.ect_inductions e, as_of a
    where e.school_id = p_school_id
      and e.status = 'active'
      and e.started_on <= a.as_of_date
  ),
  -- Part-time ECTs move through the six induction terms pro rata.
  staged as (
    select
      ai.*,
      greatest(1, least(6, floor((ai.terms_elapsed - 1) * ai.fte)::integer + 1)) as induction_term
    from active_inductions ai
  ),
  with_cadence as (
    select
      st.*,
      case when st.induction_term <= 3 then 1 else 2 end as induction_year,
      case
        when st.induction_term <= 3 then s.year_one_sessions_per_week
        else s.year_two_sessions_per_week
      end as cadence
    from staged st
    join public.schools s on s.id = p_school_id
  ),
  sessions as (
    select
      p.ect_induction_id,
      ms.held_on,
      ms.held_on - (extract(isodow from ms.held_on)::integer - 1) as monday
    from public.mentor_sessions ms
    join public.pairings p on p.id = ms.pairing_id
    cross join as_of a
    where ms.school_id = p_school_id
      and ms.held_on <= a.as_of_date
  ),
  -- One pass over the sessions; each week list has distinct Mondays, so the
  -- joins never repeat a session.
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
    (
      select count(*)
      from public.concerns c
      where c.school_id = p_school_id
        and c.ect_induction_id = wc.id
        and c.status <> 'resolved'
    )::integer,
    current_pairing.id is null,
    coalesce(
      current_pairing.id is not null
        and not mentor_staff.qts_held
        and m.ab_check_confirmed_on is null,
      false
    ),
    current_pairing.id is not null and exists (
      select
      from public.school_roles r
      where r.school_id = p_school_id
        and r.staff_id = m.staff_id
        and r.role = 'induction_tutor'
    ),
    current_pairing.id is not null and slot.slot_count = 0,
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
  left join public.staff ect on ect.id = wc.ect_staff_id
  left join session_figures sf on sf.ect_induction_id = wc.id
  left join lateral (
    select p.id, p.mentor_id
    from public.pairings p, as_of a
    where p.school_id = p_school_id
      and p.ect_induction_id = wc.id
      and p.started_on <= a.as_of_date
      and (p.ended_on is null or p.ended_on >= a.as_of_date)
    order by p.started_on desc
    limit 1
  ) current_pairing on true
  left join public.mentors m on m.id = current_pairing.mentor_id
  left join public.staff mentor_staff on mentor_staff.id = m.staff_id
  left join lateral (
    select
      sum(ts.minutes)::integer as minutes,
      count(*) as slot_count,
      bool_or(not ts.in_teaching_hours) as any_outside_teaching_hours
    from public.timetable_slots ts, as_of a
    where ts.pairing_id = current_pairing.id
      and ts.effective_from <= a.as_of_date
      and (ts.effective_to is null or ts.effective_to >= a.as_of_date)
  ) slot on true
$$;

comment on function private.school_dashboard_figures(uuid, date) is
  'Per active ECT: the columns of school_dashboard_ects plus the figures that '
  'school_dashboard_tiles sums (sessions and expected sessions over the last four term weeks, '
  'and term weeks since the last session). Security invoker: reads only what the caller may.';

-------------------------------------------------------------------------------
-- public.school_dashboard_tiles
-------------------------------------------------------------------------------

create function public.school_dashboard_tiles(p_school_id uuid, p_as_of date default null)
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
    cross join lateral private.school_dashboard_figures(p_school_id, a.as_of_date) f
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

comment on function public.school_dashboard_tiles(uuid, date) is
  'One row of headline figures for a school as of p_as_of (default: today in Europe/London). '
  'active_ects: active inductions started by then; ects_without_mentor: of those, with no '
  'current pairing; sessions_held_last_4_weeks and sessions_expected_last_4_weeks: sessions '
  'logged and expected (cadence x weeks since the induction began) over the last four term '
  'weeks; ects_without_recent_session: active ECTs with more than two term weeks since their '
  'last session (or since the start); active_pairings: current pairings of active ECTs; '
  'pairings_with_slot: of those, with a timetable slot in effect; open_concerns: concerns not '
  'resolved; oldest_open_concern_days: days since the oldest of them was raised, null when none. '
  'Counts are integers, expected values numeric. Security invoker: a caller who cannot see '
  'the school gets zeros. Definitions: docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- public.school_dashboard_ects
-------------------------------------------------------------------------------

create function public.school_dashboard_ects(p_school_id uuid, p_as_of date default null)
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
  from private.school_dashboard_figures(
    p_school_id,
    coalesce(p_as_of, private.london_today())
  ) f
  -- Byte order, so that every server returns the same order whatever its
  -- default collation: PGlite's is C, a hosted database's may be linguistic.
  order by f.ect_name collate "C", f.ect_induction_id
$$;

comment on function public.school_dashboard_ects(uuid, date) is
  'One row per active ECT of a school as of p_as_of (default: today in Europe/London), '
  'ordered by name in byte order: induction year and term (pro rata for part-time), current '
  'mentor, last session, sessions held and expected this term, timetabled minutes per week '
  'of the current pairing''s slots, open concerns about the ECT, and the flags no mentor, '
  'mentor without QTS or appropriate-body check, mentor is the induction tutor, no slot, '
  'slot outside teaching hours. Security invoker: a caller who cannot see the school gets '
  'no rows. Definitions: docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- public.current_user_roles
-------------------------------------------------------------------------------

create function public.current_user_roles()
returns table (school_id uuid, school_name text, staff_id uuid, role public.school_role)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.school_id, sc.name, s.id, r.role
  from public.staff s
  join public.school_roles r on r.staff_id = s.id and r.school_id = s.school_id
  join public.schools sc on sc.id = s.school_id
  where s.user_id = (select auth.uid())
  order by sc.name, r.role
$$;

comment on function public.current_user_roles() is
  'The signed-in user''s roles: one row per school and role, ordered by school name, so the '
  'app can choose which pages to show. No rows for a user who is not linked to any staff row.';

-------------------------------------------------------------------------------
-- Privileges: signed-in users only
-------------------------------------------------------------------------------

revoke all on function private.school_dashboard_figures(uuid, date) from public, anon;
grant execute on function private.school_dashboard_figures(uuid, date)
  to authenticated, service_role;

revoke all on function
  public.school_dashboard_tiles(uuid, date),
  public.school_dashboard_ects(uuid, date),
  public.current_user_roles()
from public, anon;

grant execute on function
  public.school_dashboard_tiles(uuid, date),
  public.school_dashboard_ects(uuid, date),
  public.current_user_roles()
to authenticated, service_role;
