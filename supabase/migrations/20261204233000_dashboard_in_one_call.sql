-- The school dashboard in one request: `public.school_dashboard` returns the headline figures,
-- the ECT rows and the checkpoint rows together as one jsonb object. Each part is exactly what
-- school_dashboard_tiles, school_dashboard_ects and school_dashboard_checkpoints return for the
-- same school, date and caller, but the per-ECT figures, which both the tiles and the rows are
-- built from, are computed once. The three functions stay: trust_summary, the tests and other
-- clients call them.
--
-- Security follows the dashboard performance migration. The public function is security
-- invoker. A security definer helper checks once whether the caller is the school's headteacher
-- or induction tutor, whom the policies let read every row the dashboard uses, and for them
-- builds the object as the owner, without per-row policy checks. Anyone else (a mentor, an ECT,
-- a stranger, the service role) gets the object built as themselves, with their policies.

-------------------------------------------------------------------------------
-- The object, built from what the caller may read
-------------------------------------------------------------------------------

create function private.school_dashboard_object(p_school_id uuid, p_as_of date)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return (
    -- Referenced twice, which makes Postgres 12 and later materialise it anyway. Saying so
    -- keeps the figures computed once even if one reference goes.
    with figures as materialized (
      select f.*
      from private.school_dashboard_figures(p_school_id, p_as_of) f
    ),
    -- The same figures and definitions as school_dashboard_tiles.
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
    ),
    tiles as (
      select
        et.active_ects,
        et.ects_without_mentor,
        et.sessions_held as sessions_held_last_4_weeks,
        et.sessions_expected as sessions_expected_last_4_weeks,
        et.without_recent as ects_without_recent_session,
        et.active_pairings,
        et.with_slot as pairings_with_slot,
        ct.open_concerns,
        p_as_of - ct.oldest_raised_on as oldest_open_concern_days
      from ect_tiles et, concern_tiles ct
    ),
    -- The columns of school_dashboard_ects.
    ects as (
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
      from figures f
    ),
    -- The same rows as school_dashboard_checkpoints, with each induction's six checkpoints
    -- grouped once instead of searched three times.
    checkpoints as (
      select c.ect_induction_id, c.induction_term, c.kind, c.due_on, c.status
      from private.induction_checkpoints(p_school_id, p_as_of) c
    ),
    next_checkpoints as (
      select distinct on (c.ect_induction_id)
        c.ect_induction_id, c.induction_term, c.kind, c.due_on
      from checkpoints c
      where c.status <> 'done'
      order by c.ect_induction_id, c.induction_term
    ),
    checkpoint_counts as (
      select
        c.ect_induction_id,
        (count(*) filter (where c.status = 'overdue'))::integer as overdue,
        bool_or(c.status = 'due') as any_due
      from checkpoints c
      group by c.ect_induction_id
    ),
    checkpoint_rows as (
      select
        e.id as ect_induction_id,
        n.induction_term as next_checkpoint_term,
        n.kind as next_checkpoint_kind,
        n.due_on as next_checkpoint_due_on,
        coalesce(cc.overdue, 0) as checkpoints_overdue,
        coalesce(cc.any_due, false) as flag_checkpoint_due,
        coalesce(cc.overdue, 0) > 0 as flag_checkpoint_overdue
      from public.ect_inductions e
      left join next_checkpoints n on n.ect_induction_id = e.id
      left join checkpoint_counts cc on cc.ect_induction_id = e.id
      where e.school_id = p_school_id
        and e.status = 'active'
        and e.started_on <= p_as_of
    )
    select jsonb_build_object(
      'as_of', p_as_of,
      'tiles', (select to_jsonb(t) from tiles t),
      -- The orders of school_dashboard_ects (name in byte order, whatever the server's
      -- collation) and school_dashboard_checkpoints (induction id).
      'ects', coalesce(
        (select jsonb_agg(to_jsonb(e) order by e.ect_name collate "C", e.ect_induction_id) from ects e),
        '[]'::jsonb
      ),
      'checkpoints', coalesce(
        (select jsonb_agg(to_jsonb(r) order by r.ect_induction_id) from checkpoint_rows r),
        '[]'::jsonb
      )
    )
  );
end
$$;

comment on function private.school_dashboard_object(uuid, date) is
  'The object that school_dashboard returns, built from the rows the caller may read. p_as_of '
  'must not be null. Security invoker.';

-------------------------------------------------------------------------------
-- For the school's leaders: authorise once, then build without policies
-------------------------------------------------------------------------------

-- A security invoker function called from a security definer one runs as the definer, so the
-- object is built as the owner, who bypasses RLS. The headteacher and the induction tutor may
-- read every row of their school in each table it reads (schools, term_dates, staff,
-- school_roles, ect_inductions, mentors, pairings, timetable_slots, mentor_sessions, concerns,
-- induction_reviews), so the result is the same as with their policies.
create function private.led_school_dashboard_object(p_school_id uuid, p_as_of date)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.school_dashboard_object(p_school_id, p_as_of)
  -- A condition on parameters only: Postgres checks it once, before building the object.
  where p_school_id = any (
    (select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[]
  )
$$;

comment on function private.led_school_dashboard_object(uuid, date) is
  'school_dashboard_object without policy checks, for a headteacher or induction tutor of the '
  'school, whom the policies let read every row it uses; null for anyone else.';

-------------------------------------------------------------------------------
-- public.school_dashboard
-------------------------------------------------------------------------------

create function public.school_dashboard(p_school_id uuid, p_as_of date default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  -- coalesce evaluates an argument only when those before it are null (PostgreSQL manual,
  -- "COALESCE"), so the object is built once: as the owner for the school's leaders, else as
  -- the caller.
  select coalesce(
    private.led_school_dashboard_object(p_school_id, a.as_of_date),
    private.school_dashboard_object(p_school_id, a.as_of_date)
  )
  from (select coalesce(p_as_of, private.london_today()) as as_of_date) a
$$;

comment on function public.school_dashboard(uuid, date) is
  'The school dashboard as of p_as_of (default: today in Europe/London) as one object: as_of '
  '(the date used), tiles (the row of school_dashboard_tiles), ects (the rows of '
  'school_dashboard_ects, ordered by name in byte order) and checkpoints (the rows of '
  'school_dashboard_checkpoints, ordered by induction id). Each part has the columns and '
  'definitions of that function, and the per-ECT figures are computed once for both tiles and '
  'rows. Security invoker: a caller who cannot see the school gets zeros and empty lists. '
  'Definitions: docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- Privileges: signed-in users only
-------------------------------------------------------------------------------

revoke all on function
  private.school_dashboard_object(uuid, date),
  private.led_school_dashboard_object(uuid, date),
  public.school_dashboard(uuid, date)
from public, anon;

grant execute on function
  private.school_dashboard_object(uuid, date),
  private.led_school_dashboard_object(uuid, date),
  public.school_dashboard(uuid, date)
to authenticated, service_role;
