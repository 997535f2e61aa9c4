-- The induction calendar: an ECT has a progress review in induction terms 1,
-- 2, 4 and 5 and a formal assessment in terms 3 and 6. Part-time ECTs move
-- through the six terms pro rata, so each checkpoint falls due at the end of
-- the last school term of its induction term. docs/DASHBOARD.md defines the
-- due dates and the due and overdue flags; the seed's calculator
-- (supabase/seed/expected.ts) implements the same definitions.

-------------------------------------------------------------------------------
-- induction_reviews: a checkpoint done
-------------------------------------------------------------------------------

create table public.induction_reviews (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  ect_induction_id uuid not null,
  induction_term smallint not null
    constraint induction_reviews_term_range check (induction_term between 1 and 6),
  completed_on date not null,
  on_track boolean,
  notes text
    constraint induction_reviews_notes_length check (char_length(notes) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (school_id, id),
  unique (ect_induction_id, induction_term),
  foreign key (school_id, ect_induction_id) references public.ect_inductions (school_id, id)
    on delete cascade
);

comment on table public.induction_reviews is
  'A progress review (induction terms 1, 2, 4, 5) or formal assessment (terms 3, 6) that took '
  'place, one per induction term.';
comment on column public.induction_reviews.on_track is
  'The outcome: true when the ECT is on track (a review) or making satisfactory progress (an '
  'assessment); null when not recorded.';
comment on column public.induction_reviews.version is
  'Row version: 1 on insert, +1 on every update (set by a trigger). Filter updates on the '
  'version you read to detect a concurrent edit.';

create index induction_reviews_school_id_idx on public.induction_reviews (school_id);

create function private.check_review_date() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  induction_start date;
begin
  if new.completed_on > private.london_today() then
    raise exception using
      errcode = '23514',
      message = 'completed_on cannot be in the future',
      detail = format('completed_on is %s; today is %s.', new.completed_on, private.london_today()),
      hint = 'Record a review on or after the day it took place.',
      column = 'completed_on';
  end if;
  select e.started_on into induction_start
  from public.ect_inductions e where e.id = new.ect_induction_id;
  if new.completed_on < induction_start then
    raise exception using
      errcode = '23514',
      message = 'completed_on is before the induction started',
      detail = format('The induction started on %s.', induction_start),
      hint = 'Enter a date on or after the induction''s start.',
      column = 'completed_on';
  end if;
  return new;
end
$$;

revoke all on function private.check_review_date() from public, anon, authenticated;

create trigger induction_reviews_check_date before insert or update of completed_on, ect_induction_id
  on public.induction_reviews
  for each row execute function private.check_review_date();

create trigger induction_reviews_touch_updated_at before update on public.induction_reviews
  for each row execute function private.touch_updated_at();

create trigger induction_reviews_bump_version before insert or update on public.induction_reviews
  for each row execute function private.bump_row_version();

create trigger induction_reviews_audit after insert or update or delete on public.induction_reviews
  for each row execute function private.write_audit_log();

alter table public.induction_reviews enable row level security;

create policy "Headteachers and induction tutors can read their school's reviews"
  on public.induction_reviews for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their mentees' reviews"
  on public.induction_reviews for select to authenticated
  using (ect_induction_id = any ((select private.my_mentee_induction_ids())::uuid[]));

create policy "ECTs can read their own reviews"
  on public.induction_reviews for select to authenticated
  using (ect_induction_id = any ((select private.my_ect_induction_ids())::uuid[]));

create policy "Induction tutors can record reviews at their school"
  on public.induction_reviews for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can update their school's reviews"
  on public.induction_reviews for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Induction tutors can delete their school's reviews"
  on public.induction_reviews for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

revoke all on public.induction_reviews from public, anon, authenticated;
grant select, insert, update, delete on public.induction_reviews to authenticated;
grant all on public.induction_reviews to service_role;

-------------------------------------------------------------------------------
-- The six checkpoints of every induction at a school
-------------------------------------------------------------------------------

-- Position j (1, 2, ...) numbers the school's terms from the one the
-- induction started in. Term j is in induction term floor((j - 1) x fte) + 1,
-- so induction term k spans positions ceil((k - 1) / fte) + 1 to
-- ceil(k / fte): one school term each when full time, more when part time.
create function private.induction_checkpoints(p_school_id uuid, p_as_of date)
returns table (
  ect_induction_id uuid,
  induction_term integer,
  kind text,
  window_starts_on date,
  due_on date,
  due_term_starts_on date,
  review_id uuid,
  completed_on date,
  on_track boolean,
  notes text,
  status text
)
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  inductions as (
    select e.id, e.started_on, e.fte
    from public.ect_inductions e
    where e.school_id = p_school_id
  ),
  positioned_terms as (
    select
      i.id as ect_induction_id,
      t.starts_on,
      t.ends_on,
      row_number() over (partition by i.id order by t.starts_on)::integer as position
    from inductions i
    join public.term_dates t on t.school_id = p_school_id and t.ends_on >= i.started_on
  ),
  checkpoints as (
    select
      i.id as ect_induction_id,
      k.term as induction_term,
      ceil((k.term - 1) / i.fte)::integer + 1 as first_position,
      ceil(k.term / i.fte)::integer as last_position
    from inductions i
    cross join generate_series(1, 6) as k (term)
  )
  select
    c.ect_induction_id,
    c.induction_term,
    case when c.induction_term in (3, 6) then 'formal_assessment' else 'progress_review' end,
    first_term.starts_on,
    last_term.ends_on,
    last_term.starts_on,
    r.id,
    r.completed_on,
    r.on_track,
    r.notes,
    case
      when r.id is not null then 'done'
      when last_term.ends_on < a.as_of_date then 'overdue'
      when last_term.starts_on <= a.as_of_date then 'due'
      else 'upcoming'
    end
  from checkpoints c
  cross join as_of a
  left join positioned_terms first_term
    on first_term.ect_induction_id = c.ect_induction_id
    and first_term.position = c.first_position
  left join positioned_terms last_term
    on last_term.ect_induction_id = c.ect_induction_id
    and last_term.position = c.last_position
  left join public.induction_reviews r
    on r.ect_induction_id = c.ect_induction_id
    and r.induction_term = c.induction_term
$$;

comment on function private.induction_checkpoints(uuid, date) is
  'Six rows per induction at the school: the checkpoint''s induction term and kind, the first '
  'day of its first school term, its due date (the last day of its last school term; null when '
  'the school''s term dates do not reach it), the review recorded, and its status as of '
  'p_as_of: done, overdue (due date passed), due (its last school term has started) or '
  'upcoming. Security invoker.';

-------------------------------------------------------------------------------
-- public.induction_calendar: one induction's checkpoints
-------------------------------------------------------------------------------

create function public.induction_calendar(p_ect_induction_id uuid, p_as_of date default null)
returns table (
  induction_term integer,
  kind text,
  window_starts_on date,
  due_on date,
  review_id uuid,
  completed_on date,
  on_track boolean,
  notes text,
  status text
)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.induction_term, c.kind, c.window_starts_on, c.due_on, c.review_id, c.completed_on,
    c.on_track, c.notes, c.status
  from public.ect_inductions e
  cross join lateral private.induction_checkpoints(e.school_id, p_as_of) c
  where e.id = p_ect_induction_id
    and c.ect_induction_id = e.id
  order by c.induction_term
$$;

comment on function public.induction_calendar(uuid, date) is
  'The six progress reviews and formal assessments of one induction, in order, with due dates '
  'and status as of p_as_of (default: today in Europe/London). Security invoker: no rows for an '
  'induction the caller cannot see. Definitions: docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- public.school_dashboard_checkpoints: the dashboard's due and overdue flags
-------------------------------------------------------------------------------

create function public.school_dashboard_checkpoints(p_school_id uuid, p_as_of date default null)
returns table (
  ect_induction_id uuid,
  next_checkpoint_term integer,
  next_checkpoint_kind text,
  next_checkpoint_due_on date,
  checkpoints_overdue integer,
  flag_checkpoint_due boolean,
  flag_checkpoint_overdue boolean
)
language sql
stable
security invoker
set search_path = ''
as $$
  with as_of as (
    select coalesce(p_as_of, private.london_today()) as as_of_date
  ),
  checkpoints as (
    select c.*
    from as_of a
    cross join lateral private.induction_checkpoints(p_school_id, a.as_of_date) c
  ),
  next_checkpoint as (
    select distinct on (c.ect_induction_id)
      c.ect_induction_id, c.induction_term, c.kind, c.due_on
    from checkpoints c
    where c.status <> 'done'
    order by c.ect_induction_id, c.induction_term
  )
  select
    e.id,
    n.induction_term,
    n.kind,
    n.due_on,
    (select count(*) from checkpoints c where c.ect_induction_id = e.id and c.status = 'overdue')::integer,
    exists (select from checkpoints c where c.ect_induction_id = e.id and c.status = 'due'),
    exists (select from checkpoints c where c.ect_induction_id = e.id and c.status = 'overdue')
  from public.ect_inductions e
  cross join as_of a
  left join next_checkpoint n on n.ect_induction_id = e.id
  where e.school_id = p_school_id
    and e.status = 'active'
    and e.started_on <= a.as_of_date
  order by e.id
$$;

comment on function public.school_dashboard_checkpoints(uuid, date) is
  'One row per active ECT of the school as of p_as_of (the same ECTs as school_dashboard_ects): '
  'the next progress review or formal assessment not yet recorded (induction term, kind, due '
  'date), how many are overdue, and the flags checkpoint due (one falls due by the end of this '
  'school term) and checkpoint overdue. Security invoker. Definitions: docs/DASHBOARD.md.';

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on function
  private.induction_checkpoints(uuid, date),
  public.induction_calendar(uuid, date),
  public.school_dashboard_checkpoints(uuid, date)
from public, anon;

grant execute on function
  private.induction_checkpoints(uuid, date),
  public.induction_calendar(uuid, date),
  public.school_dashboard_checkpoints(uuid, date)
to authenticated, service_role;
