-- Figures for the mentor's and the ECT's pages, as security invoker functions: the caller's
-- policies apply to every table they read, so a mentor sees only their own pairings and an
-- ECT only their own induction. docs/ROLE-VIEWS.md defines every figure; the seed's
-- calculator in supabase/seed/expected-role-views.ts implements the same definitions.

-------------------------------------------------------------------------------
-- Term days of a school (weekdays inside a term, outside its half-term)
-------------------------------------------------------------------------------

create function private.school_term_days(p_school_id uuid, p_from date, p_to date)
returns table (term_id uuid, academic_year integer, day date, monday date)
language sql
stable
security invoker
set search_path = ''
as $$
  select
    t.id,
    t.academic_year,
    t.starts_on + g.n,
    t.starts_on + g.n - (extract(isodow from t.starts_on + g.n)::integer - 1)
  from public.term_dates t
  cross join lateral generate_series(0, t.ends_on - t.starts_on) as g (n)
  where t.school_id = p_school_id
    and t.ends_on >= p_from
    and t.starts_on <= p_to
    and t.starts_on + g.n between p_from and p_to
    and extract(isodow from t.starts_on + g.n) < 6
    and t.starts_on + g.n not between t.half_term_starts_on and t.half_term_ends_on
$$;

comment on function private.school_term_days(uuid, date, date) is
  'Term days of the school from p_from to p_to: weekdays of its terms outside the half-term, '
  'with the Monday of each day''s week. Reads term_dates as the caller.';

-------------------------------------------------------------------------------
-- Induction year and term as of a day
-------------------------------------------------------------------------------

create function private.induction_term_on(
  p_school_id uuid, p_started_on date, p_fte numeric, p_as_of date
) returns integer
language sql
stable
security invoker
set search_path = ''
as $$
  select greatest(1, least(6, floor((count(*) - 1) * p_fte)::integer + 1))
  from public.term_dates t
  where t.school_id = p_school_id
    and t.starts_on <= p_as_of
    and t.ends_on >= p_started_on
$$;

comment on function private.induction_term_on(uuid, date, numeric, date) is
  'Induction term (1 to 6) as of p_as_of, pro rata for part-time: min(6, floor((terms '
  'elapsed - 1) x fte) + 1), at least 1, as in docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- public.mentor_pairings_overview: the mentor's "My ECTs" page
-------------------------------------------------------------------------------

create function public.mentor_pairings_overview(p_school_id uuid, p_as_of date default null)
returns table (
  pairing_id uuid,
  ect_induction_id uuid,
  ect_staff_id uuid,
  ect_name text,
  induction_status public.induction_status,
  pairing_started_on date,
  induction_started_on date,
  fte numeric,
  induction_year integer,
  induction_term integer,
  sessions_per_week numeric,
  half_term_first_day date,
  half_term_last_day date,
  sessions_this_half_term integer,
  expected_this_half_term numeric,
  last_session_on date,
  timetabled_minutes_per_week integer,
  next_slot_on date,
  next_slot_starts_at time,
  next_slot_minutes integer,
  next_slot_in_teaching_hours boolean
)
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select
      coalesce(p_as_of, private.london_today()) as as_of_date,
      -- On today's date a slot whose start time has passed is no longer the next one.
      case
        when coalesce(p_as_of, private.london_today()) = private.london_today()
          then (now() at time zone 'Europe/London')::time
      end as time_now
  ),
  -- Each term splits into two halves around its half-term holiday.
  halves as (
    select t.starts_on as starts_on, t.half_term_starts_on - 1 as ends_on
    from public.term_dates t
    where t.school_id = p_school_id
    union all
    select t.half_term_ends_on + 1, t.ends_on
    from public.term_dates t
    where t.school_id = p_school_id
  ),
  this_half as (
    select h.starts_on, h.ends_on
    from halves h, as_of a
    where h.starts_on <= a.as_of_date
    order by h.starts_on desc
    limit 1
  ),
  half_term_days as (
    select d.day, d.monday
    from this_half h
    cross join lateral private.school_term_days(p_school_id, h.starts_on, h.ends_on) d
  ),
  half_weeks as (
    select distinct htd.monday
    from half_term_days htd, as_of a
    where htd.monday <= a.as_of_date
  ),
  upcoming_days as (
    select d.day
    from as_of a
    cross join lateral private.school_term_days(p_school_id, a.as_of_date, a.as_of_date + 400) d
  ),
  my_pairings as (
    select
      p.id,
      p.started_on,
      p.ended_on,
      e.id as induction_id,
      e.ect_staff_id,
      e.status,
      e.started_on as induction_started_on,
      e.fte,
      private.induction_term_on(p_school_id, e.started_on, e.fte, a.as_of_date) as induction_term
    from public.pairings p
    join public.mentors m on m.id = p.mentor_id
    join public.staff s on s.id = m.staff_id
    join public.ect_inductions e on e.id = p.ect_induction_id
    cross join as_of a
    where p.school_id = p_school_id
      and s.user_id = (select auth.uid())
      and p.started_on <= a.as_of_date
      and (p.ended_on is null or p.ended_on >= a.as_of_date)
  ),
  with_cadence as (
    select
      mp.*,
      case when mp.induction_term <= 3 then 1 else 2 end as induction_year,
      case
        when mp.induction_term <= 3 then sc.year_one_sessions_per_week
        else sc.year_two_sessions_per_week
      end as cadence,
      greatest(
        mp.induction_started_on - (extract(isodow from mp.induction_started_on)::integer - 1),
        mp.started_on - (extract(isodow from mp.started_on)::integer - 1)
      ) as first_monday
    from my_pairings mp
    join public.schools sc on sc.id = p_school_id
  )
  select
    wc.id,
    wc.induction_id,
    wc.ect_staff_id,
    ect.full_name,
    wc.status,
    wc.started_on,
    wc.induction_started_on,
    wc.fte,
    wc.induction_year,
    wc.induction_term,
    wc.cadence,
    (select min(htd.day) from half_term_days htd),
    (select max(htd.day) from half_term_days htd),
    (
      select count(*)
      from public.mentor_sessions ms, as_of a
      where ms.pairing_id = wc.id
        and ms.held_on <= a.as_of_date
        and ms.held_on - (extract(isodow from ms.held_on)::integer - 1)
          in (select hw.monday from half_weeks hw)
    )::integer,
    wc.cadence * (select count(*) from half_weeks hw where hw.monday >= wc.first_monday),
    (
      select max(ms.held_on)
      from public.mentor_sessions ms, as_of a
      where ms.pairing_id = wc.id
        and ms.held_on <= a.as_of_date
    ),
    (
      select coalesce(sum(ts.minutes), 0)
      from public.timetable_slots ts, as_of a
      where ts.pairing_id = wc.id
        and ts.effective_from <= a.as_of_date
        and (ts.effective_to is null or ts.effective_to >= a.as_of_date)
    )::integer,
    next_slot.day,
    next_slot.starts_at,
    next_slot.minutes,
    next_slot.in_teaching_hours
  from with_cadence wc
  left join public.staff ect on ect.id = wc.ect_staff_id
  left join lateral (
    select ud.day, ts.starts_at, ts.minutes, ts.in_teaching_hours
    from public.timetable_slots ts
    join upcoming_days ud on extract(isodow from ud.day) = ts.weekday
    cross join as_of a
    where ts.pairing_id = wc.id
      and ts.effective_from <= ud.day
      and (ts.effective_to is null or ts.effective_to >= ud.day)
      and (wc.ended_on is null or ud.day <= wc.ended_on)
      and (ud.day > a.as_of_date or a.time_now is null or ts.starts_at > a.time_now)
    order by ud.day, ts.starts_at
    limit 1
  ) next_slot on true
  order by ect.full_name collate "C", wc.id
$$;

comment on function public.mentor_pairings_overview(uuid, date) is
  'One row per pairing current on p_as_of (default: today in Europe/London) in which the '
  'signed-in user is the mentor, ordered by the ECT''s name: induction year and term, the '
  'expected sessions per term week, sessions held and expected this half term on this '
  'pairing, the last session, timetabled minutes a week, and the next timetabled slot on a '
  'term day. Security invoker. Definitions: docs/ROLE-VIEWS.md.';

-------------------------------------------------------------------------------
-- public.induction_weekly_sessions: sessions per term week for the charts
-------------------------------------------------------------------------------

create function public.induction_weekly_sessions(
  p_ect_induction_id uuid, p_as_of date default null
)
returns table (
  week_starts_on date,
  sessions_held integer,
  sessions_expected numeric,
  up_to_as_of boolean
)
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  induction as (
    select
      e.id,
      e.school_id,
      e.started_on - (extract(isodow from e.started_on)::integer - 1) as start_monday,
      case
        when private.induction_term_on(e.school_id, e.started_on, e.fte, a.as_of_date) <= 3
          then sc.year_one_sessions_per_week
        else sc.year_two_sessions_per_week
      end as cadence
    from public.ect_inductions e
    join public.schools sc on sc.id = e.school_id
    cross join as_of a
    where e.id = p_ect_induction_id
  ),
  this_term as (
    select t.starts_on, t.ends_on
    from public.term_dates t, induction i, as_of a
    where t.school_id = i.school_id
      and t.starts_on <= a.as_of_date
    order by t.starts_on desc
    limit 1
  ),
  weeks as (
    select distinct d.monday
    from induction i
    cross join this_term tt
    cross join lateral private.school_term_days(i.school_id, tt.starts_on, tt.ends_on) d
  ),
  sessions as (
    select ms.held_on - (extract(isodow from ms.held_on)::integer - 1) as monday
    from public.mentor_sessions ms
    join public.pairings p on p.id = ms.pairing_id
    cross join as_of a
    where p.ect_induction_id = p_ect_induction_id
      and ms.held_on <= a.as_of_date
  )
  select
    w.monday,
    (select count(*) from sessions s where s.monday = w.monday)::integer,
    case when w.monday >= i.start_monday then i.cadence else 0 end,
    w.monday <= a.as_of_date
  from weeks w, induction i, as_of a
  order by w.monday
$$;

comment on function public.induction_weekly_sessions(uuid, date) is
  'One row per term week of the term containing p_as_of (in a holiday, the latest term that '
  'started before it): sessions held that week on the induction''s pairings that the caller '
  'can read, up to p_as_of, and the sessions expected (the cadence of the ECT''s induction '
  'year as of p_as_of, 0 before the induction began). Security invoker.';

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on function
  private.school_term_days(uuid, date, date),
  private.induction_term_on(uuid, date, numeric, date),
  public.mentor_pairings_overview(uuid, date),
  public.induction_weekly_sessions(uuid, date)
from public, anon;

grant execute on function
  private.school_term_days(uuid, date, date),
  private.induction_term_on(uuid, date, numeric, date),
  public.mentor_pairings_overview(uuid, date),
  public.induction_weekly_sessions(uuid, date)
to authenticated, service_role;
