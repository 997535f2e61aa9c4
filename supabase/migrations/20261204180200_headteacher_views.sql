-- Figures for the headteacher's pages (mentor time, concerns) and for a person with roles at
-- several schools (the trust summary), as security invoker functions that the app calls
-- once per page. docs/ROLE-VIEWS.md defines every figure; the seed's calculator in
-- supabase/seed/expected-role-views.ts implements the same definitions.

-------------------------------------------------------------------------------
-- public.school_mentor_time
-------------------------------------------------------------------------------

create function public.school_mentor_time(p_school_id uuid, p_as_of date default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  this_year as (
    select t.academic_year
    from public.term_dates t, as_of a
    where t.school_id = p_school_id
      and t.starts_on <= a.as_of_date
    order by t.starts_on desc
    limit 1
  ),
  year_terms as (
    select t.id, t.starts_on, t.ends_on
    from public.term_dates t
    where t.school_id = p_school_id
      and t.academic_year = (select y.academic_year from this_year y)
  ),
  year_days as (
    select d.term_id, d.day
    from year_terms yt
    cross join lateral private.school_term_days(p_school_id, yt.starts_on, yt.ends_on) d
  ),
  active as (
    select
      e.id,
      e.ect_staff_id,
      e.started_on,
      e.fte,
      e.year_one_reduction_percent,
      e.year_two_reduction_percent,
      private.induction_term_on(p_school_id, e.started_on, e.fte, a.as_of_date) as induction_term
    from public.ect_inductions e, as_of a
    where e.school_id = p_school_id
      and e.status = 'active'
      and e.started_on <= a.as_of_date
  ),
  current_pairings as (
    select
      p.id,
      p.mentor_id,
      p.started_on,
      p.ended_on,
      ac.id as induction_id,
      ac.ect_staff_id,
      ac.started_on as induction_started_on,
      ac.fte,
      case when ac.induction_term <= 3 then 1 else 2 end as induction_year,
      case
        when ac.induction_term <= 3 then sc.year_one_sessions_per_week
        else sc.year_two_sessions_per_week
      end as cadence
    from public.pairings p
    join active ac on ac.id = p.ect_induction_id
    join public.schools sc on sc.id = p_school_id
    cross join as_of a
    where p.school_id = p_school_id
      and p.started_on <= a.as_of_date
      and (p.ended_on is null or p.ended_on >= a.as_of_date)
  ),
  slots_now as (
    select ts.pairing_id, ts.minutes, ts.in_teaching_hours
    from public.timetable_slots ts
    join current_pairings cp on cp.id = ts.pairing_id
    cross join as_of a
    where ts.effective_from <= a.as_of_date
      and (ts.effective_to is null or ts.effective_to >= a.as_of_date)
  ),
  -- Minutes timetabled over this academic year's term days on which a year-two ECT (as of
  -- D) is in induction year two, for the year-two funding of 20 hours per ECT.
  year_two_minutes as (
    select cp.id as pairing_id, coalesce(sum(ts.minutes), 0)::integer as minutes
    from current_pairings cp
    join public.timetable_slots ts on ts.pairing_id = cp.id
    join year_days yd on extract(isodow from yd.day) = ts.weekday
    join year_terms yt on yt.id = yd.term_id
    where cp.induction_year = 2
      and ts.effective_from <= yd.day
      and (ts.effective_to is null or ts.effective_to >= yd.day)
      and cp.started_on <= yd.day
      and (cp.ended_on is null or cp.ended_on >= yd.day)
      and private.induction_term_on(p_school_id, cp.induction_started_on, cp.fte, yt.starts_on) >= 4
    group by cp.id
  ),
  per_pairing as (
    select
      cp.*,
      (select count(*) from slots_now sn where sn.pairing_id = cp.id)::integer as slot_count,
      (select coalesce(sum(sn.minutes), 0) from slots_now sn where sn.pairing_id = cp.id)::integer
        as minutes,
      (
        select coalesce(sum(sn.minutes), 0)
        from slots_now sn
        where sn.pairing_id = cp.id and sn.in_teaching_hours
      )::integer as minutes_in_teaching_hours,
      coalesce((select y2.minutes from year_two_minutes y2 where y2.pairing_id = cp.id), 0)
        as year_two_minutes
    from current_pairings cp
  ),
  per_mentor as (
    select
      m.id as mentor_id,
      ms.id as mentor_staff_id,
      ms.full_name as mentor_name,
      count(*)::integer as ects_mentored,
      (count(*) filter (where pp.induction_year = 2))::integer as year_two_ects,
      sum(pp.slot_count)::integer as slots_per_week,
      sum(pp.cadence) as expected_sessions_per_week,
      sum(pp.minutes)::integer as timetabled_minutes_per_week,
      sum(pp.minutes_in_teaching_hours)::integer as minutes_in_teaching_hours,
      sum(pp.year_two_minutes)::integer as year_two_minutes_this_year
    from per_pairing pp
    join public.mentors m on m.id = pp.mentor_id
    join public.staff ms on ms.id = m.staff_id
    group by m.id, ms.id, ms.full_name
  )
  select jsonb_build_object(
    'as_of', (select a.as_of_date from as_of a),
    'academic_year', (select y.academic_year from this_year y),
    'mentors', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'mentor_id', pm.mentor_id,
          'mentor_staff_id', pm.mentor_staff_id,
          'mentor_name', pm.mentor_name,
          'ects_mentored', pm.ects_mentored,
          'year_two_ects', pm.year_two_ects,
          'slots_per_week', pm.slots_per_week,
          'expected_sessions_per_week', pm.expected_sessions_per_week,
          'timetabled_minutes_per_week', pm.timetabled_minutes_per_week,
          'minutes_in_teaching_hours', pm.minutes_in_teaching_hours,
          'year_two_minutes_this_year', pm.year_two_minutes_this_year,
          'year_two_funded_minutes', pm.year_two_ects * 20 * 60
        )
        order by pm.mentor_name collate "C", pm.mentor_id
      )
      from per_mentor pm
    ), '[]'::jsonb),
    'pairings_without_slot', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'pairing_id', pp.id,
          'ect_name', es.full_name,
          'mentor_name', ms.full_name,
          'started_on', pp.started_on
        )
        order by es.full_name collate "C", pp.id
      )
      from per_pairing pp
      join public.staff es on es.id = pp.ect_staff_id
      join public.mentors m on m.id = pp.mentor_id
      join public.staff ms on ms.id = m.staff_id
      where pp.slot_count = 0
    ), '[]'::jsonb),
    'reductions_below_minimum', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'ect_induction_id', r.id,
          'ect_name', r.full_name,
          'induction_year', r.induction_year,
          'reduction_percent', r.reduction_percent,
          'minimum_percent', r.minimum_percent
        )
        order by r.full_name collate "C", r.id
      )
      from (
        select
          ac.id,
          es.full_name,
          case when ac.induction_term <= 3 then 1 else 2 end as induction_year,
          case
            when ac.induction_term <= 3 then ac.year_one_reduction_percent
            else ac.year_two_reduction_percent
          end as reduction_percent,
          case when ac.induction_term <= 3 then 10 else 5 end as minimum_percent
        from active ac
        join public.staff es on es.id = ac.ect_staff_id
      ) r
      where r.reduction_percent < r.minimum_percent
    ), '[]'::jsonb)
  )
$$;

comment on function public.school_mentor_time(uuid, date) is
  'Timetabled mentor time at a school as of p_as_of (default: today in Europe/London), as one '
  'JSON object: per mentor with a current pairing of an active ECT (ECTs mentored, slots and '
  'expected sessions per week, timetabled minutes a week and those in teaching hours, '
  'year-two ECTs with the minutes timetabled for them this academic year against the funded '
  '20 hours each); current pairings with no slot in effect; active ECTs whose timetable '
  'reduction is below the statutory minimum (10% in year one, 5% in year two). Security '
  'invoker. Definitions: docs/ROLE-VIEWS.md.';

-------------------------------------------------------------------------------
-- public.school_concerns_summary
-------------------------------------------------------------------------------

create function public.school_concerns_summary(p_school_id uuid, p_as_of date default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  school_concerns as (
    select
      c.*,
      (c.raised_at at time zone 'Europe/London')::date as raised_on,
      coalesce(ect.full_name, mentor_staff.full_name) as about_name,
      raiser.full_name as raised_by_name,
      assignee.full_name as assigned_to_name
    from public.concerns c
    left join public.ect_inductions e on e.id = c.ect_induction_id
    left join public.staff ect on ect.id = e.ect_staff_id
    left join public.mentors m on m.id = c.mentor_id
    left join public.staff mentor_staff on mentor_staff.id = m.staff_id
    left join public.staff raiser on raiser.id = c.raised_by_staff_id
    left join public.staff assignee on assignee.id = c.assigned_to_staff_id
    where c.school_id = p_school_id
  )
  select jsonb_build_object(
    'as_of', a.as_of_date,
    'open', (select count(*) from school_concerns sc where sc.status = 'open'),
    'in_progress', (select count(*) from school_concerns sc where sc.status = 'in_progress'),
    'escalated', (select count(*) from school_concerns sc where sc.status = 'escalated'),
    'resolved', (select count(*) from school_concerns sc where sc.status = 'resolved'),
    'unresolved_ect_progress', (
      select count(*) from school_concerns sc
      where sc.status <> 'resolved' and sc.subject = 'ect_progress'
    ),
    'unresolved_mentor_capacity', (
      select count(*) from school_concerns sc
      where sc.status <> 'resolved' and sc.subject = 'mentor_capacity'
    ),
    'oldest_unresolved_days', (
      select a.as_of_date - min(sc.raised_on) from school_concerns sc where sc.status <> 'resolved'
    ),
    'unresolved', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'id', sc.id,
          'subject', sc.subject,
          'about_name', sc.about_name,
          'summary', sc.summary,
          'status', sc.status,
          'raised_on', sc.raised_on,
          'raised_by_name', sc.raised_by_name,
          'assigned_to_name', sc.assigned_to_name,
          'escalated_on', sc.escalated_on,
          'days_open', a.as_of_date - sc.raised_on
        )
        order by sc.raised_at, sc.id
      )
      from school_concerns sc
      where sc.status <> 'resolved'
    ), '[]'::jsonb)
  )
  from as_of a
$$;

comment on function public.school_concerns_summary(uuid, date) is
  'Concerns at a school as one JSON object: counts by status, unresolved concerns by subject, '
  'days since the oldest unresolved one was raised (as of p_as_of, default today in '
  'Europe/London), and the unresolved concerns oldest first with whom they are about. '
  'Security invoker: a caller who cannot read the school''s concerns gets zeros.';

-------------------------------------------------------------------------------
-- public.trust_summary
-------------------------------------------------------------------------------

create function public.trust_summary(p_as_of date default null)
returns table (
  school_id uuid,
  school_name text,
  urn text,
  whole_school boolean,
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
  with my_schools as (
    select
      r.school_id,
      r.school_name,
      bool_or(r.role in ('headteacher', 'induction_tutor')) as whole_school
    from public.current_user_roles() r
    group by r.school_id, r.school_name
  )
  select
    ms.school_id,
    ms.school_name,
    sc.urn,
    ms.whole_school,
    t.active_ects,
    t.ects_without_mentor,
    t.sessions_held_last_4_weeks,
    t.sessions_expected_last_4_weeks,
    t.ects_without_recent_session,
    t.active_pairings,
    t.pairings_with_slot,
    t.open_concerns,
    t.oldest_open_concern_days
  from my_schools ms
  join public.schools sc on sc.id = ms.school_id
  -- Figures only where a role shows the whole school: a mentor's or an ECT's policies would
  -- give figures built from their own pairings alone.
  left join lateral (
    select f.*
    from public.school_dashboard_tiles(ms.school_id, p_as_of) f
    where ms.whole_school
  ) t on true
  order by ms.school_name collate "C", ms.school_id
$$;

comment on function public.trust_summary(date) is
  'One row per school where the signed-in user holds a role, ordered by name, with the school '
  'dashboard''s headline figures (see school_dashboard_tiles) where the user is headteacher or '
  'induction tutor, and nulls where their roles show only their own pairings or induction. '
  'Security invoker.';

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on function
  public.school_mentor_time(uuid, date),
  public.school_concerns_summary(uuid, date),
  public.trust_summary(date)
from public, anon;

grant execute on function
  public.school_mentor_time(uuid, date),
  public.school_concerns_summary(uuid, date),
  public.trust_summary(date)
to authenticated, service_role;
