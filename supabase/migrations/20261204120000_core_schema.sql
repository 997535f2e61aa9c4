-- Core tables for ECT mentoring: schools, their staff and roles, inductions,
-- mentors, pairings, timetabled mentor time, sessions, concerns and term
-- dates. Row-level security, grants and dashboard functions follow in later
-- migrations; this file holds the shape and the rules that need no user.

create extension if not exists btree_gist with schema extensions;

create schema if not exists private;
revoke all on schema private from public;

-------------------------------------------------------------------------------
-- Types
-------------------------------------------------------------------------------

create type public.school_phase as enum ('primary', 'secondary', 'all_through', 'special');

create type public.school_role as enum ('headteacher', 'induction_tutor', 'mentor', 'ect');

create type public.induction_programme as enum ('provider_led', 'school_led');

create type public.induction_status as enum (
  'active', 'paused', 'leaving', 'moved_school', 'withdrawn', 'completed'
);

create type public.mentor_training_scheme as enum ('ecf_based', 'mentor_2025');

create type public.session_kind as enum (
  'meeting', 'observation', 'drop_in', 'joint_planning', 'other'
);

create type public.concern_subject as enum ('ect_progress', 'mentor_capacity');

create type public.concern_status as enum ('open', 'in_progress', 'escalated', 'resolved');

-------------------------------------------------------------------------------
-- Schools and people
-------------------------------------------------------------------------------

create table public.appropriate_bodies (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  type text not null check (type in ('teaching_school_hub', 'national')),
  hub_region text
);

comment on table public.appropriate_bodies is
  'Appropriate bodies a school in England can appoint for ECT induction (DfE list).';

create table public.schools (
  id uuid primary key default gen_random_uuid(),
  urn text not null unique
    constraint schools_urn_format check (urn ~ '^[0-9]{6}$'),
  name text not null
    constraint schools_name_length check (char_length(btrim(name)) between 1 and 200),
  phase public.school_phase not null,
  local_authority text not null
    constraint schools_local_authority_length
      check (char_length(btrim(local_authority)) between 1 and 100),
  appropriate_body_id uuid references public.appropriate_bodies (id),
  year_one_sessions_per_week numeric(3, 2) not null default 1
    constraint schools_year_one_cadence check (year_one_sessions_per_week > 0 and year_one_sessions_per_week <= 5),
  year_two_sessions_per_week numeric(3, 2) not null default 0.5
    constraint schools_year_two_cadence check (year_two_sessions_per_week > 0 and year_two_sessions_per_week <= 5),
  created_at timestamptz not null default now()
);

comment on column public.schools.urn is 'Unique reference number from Get Information About Schools: 6 digits.';
comment on column public.schools.year_one_sessions_per_week is
  'Expected mentor sessions per term week for an ECT in induction year one (1 = weekly).';
comment on column public.schools.year_two_sessions_per_week is
  'Expected mentor sessions per term week in induction year two (0.5 = fortnightly).';

create index schools_appropriate_body_id_idx on public.schools (appropriate_body_id);

create table public.staff (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  user_id uuid references auth.users (id) on delete set null,
  full_name text not null
    constraint staff_full_name_length check (char_length(btrim(full_name)) between 1 and 200),
  email text not null
    constraint staff_email_format
      check (char_length(email) <= 320 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  trn text
    constraint staff_trn_format check (trn ~ '^[0-9]{7}$'),
  qts_held boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id)
);

comment on table public.staff is
  'A person at a school. user_id links the sign-in once they claim the invitation sent to email.';
comment on column public.staff.trn is 'Teacher reference number: digits only, stored zero-padded to 7.';

create unique index staff_school_email_key on public.staff (school_id, lower(email));
create index staff_user_id_idx on public.staff (user_id);
create index staff_lower_email_idx on public.staff (lower(email));

create table public.school_roles (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  staff_id uuid not null,
  role public.school_role not null,
  created_at timestamptz not null default now(),
  unique (school_id, staff_id, role),
  foreign key (school_id, staff_id) references public.staff (school_id, id) on delete cascade
);

create index school_roles_staff_id_idx on public.school_roles (staff_id);

create table public.ect_inductions (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  ect_staff_id uuid not null,
  started_on date not null,
  fte numeric(3, 2) not null default 1
    constraint ect_inductions_fte_range check (fte >= 0.1 and fte <= 1),
  programme public.induction_programme not null,
  status public.induction_status not null default 'active',
  status_changed_on date,
  year_one_reduction_percent numeric(4, 1) not null default 10
    constraint ect_inductions_year_one_reduction_range
      check (year_one_reduction_percent between 0 and 100),
  year_two_reduction_percent numeric(4, 1) not null default 5
    constraint ect_inductions_year_two_reduction_range
      check (year_two_reduction_percent between 0 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  foreign key (school_id, ect_staff_id) references public.staff (school_id, id),
  constraint ect_inductions_status_date
    check (status = 'active' or status_changed_on is not null),
  constraint ect_inductions_status_after_start
    check (status_changed_on is null or status_changed_on >= started_on)
);

comment on table public.ect_inductions is
  'An ECT''s statutory induction at one school. An ECT who moves school keeps this row, '
  'with status moved_school, and gets a new one at the next school.';
comment on column public.ect_inductions.fte is
  'Full-time equivalent. Part-time inductions stretch the six terms pro rata.';

create index ect_inductions_ect_staff_id_idx on public.ect_inductions (ect_staff_id);

create table public.mentors (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  staff_id uuid not null,
  ab_check_requested_on date,
  ab_check_confirmed_on date,
  dfe_registered_on date,
  training_scheme public.mentor_training_scheme,
  training_started_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  unique (school_id, staff_id),
  foreign key (school_id, staff_id) references public.staff (school_id, id),
  constraint mentors_ab_check_order
    check (ab_check_confirmed_on is null or ab_check_requested_on is not null
      and ab_check_confirmed_on >= ab_check_requested_on)
);

comment on column public.mentors.ab_check_requested_on is
  'When the school consulted the appropriate body about a mentor without QTS.';
comment on column public.mentors.ab_check_confirmed_on is
  'When the appropriate body confirmed the mentor without QTS may mentor.';
comment on column public.mentors.dfe_registered_on is
  'When the school registered the mentor with the DfE Register early career teachers service.';

create index mentors_staff_id_idx on public.mentors (staff_id);

-------------------------------------------------------------------------------
-- Mentoring
-------------------------------------------------------------------------------

create table public.pairings (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  mentor_id uuid not null,
  ect_induction_id uuid not null,
  started_on date not null,
  ended_on date,
  end_reason text
    constraint pairings_end_reason_length check (char_length(end_reason) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  foreign key (school_id, mentor_id) references public.mentors (school_id, id),
  foreign key (school_id, ect_induction_id) references public.ect_inductions (school_id, id),
  constraint pairings_dates_order check (ended_on is null or ended_on >= started_on),
  -- An ECT has at most one mentor on any day.
  constraint pairings_one_mentor_per_day exclude using gist (
    ect_induction_id with =,
    daterange(started_on, ended_on, '[]') with &&
  )
);

comment on table public.pairings is
  'A mentor assigned to an ECT induction for a date range (ended_on inclusive, null = ongoing). '
  'A change of mentor ends one row and starts another, so history is kept.';

create index pairings_mentor_id_idx on public.pairings (mentor_id);
create index pairings_ect_induction_id_idx on public.pairings (ect_induction_id);

create table public.timetable_slots (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  pairing_id uuid not null,
  weekday smallint not null
    constraint timetable_slots_weekday_range check (weekday between 1 and 5),
  starts_at time not null,
  minutes integer not null
    constraint timetable_slots_minutes_range check (minutes between 5 and 240),
  in_teaching_hours boolean not null,
  effective_from date not null,
  effective_to date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  foreign key (school_id, pairing_id) references public.pairings (school_id, id) on delete cascade,
  constraint timetable_slots_dates_order check (effective_to is null or effective_to >= effective_from)
);

comment on column public.timetable_slots.weekday is 'ISO weekday: 1 = Monday ... 5 = Friday.';

create index timetable_slots_pairing_id_idx on public.timetable_slots (pairing_id);

create table public.mentor_sessions (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  pairing_id uuid not null,
  held_on date not null,
  minutes integer not null
    constraint mentor_sessions_minutes_range check (minutes between 1 and 480),
  kind public.session_kind not null default 'meeting',
  in_teaching_hours boolean not null default true,
  notes text
    constraint mentor_sessions_notes_length check (char_length(notes) <= 4000),
  client_request_id uuid unique,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  foreign key (school_id, pairing_id) references public.pairings (school_id, id)
);

comment on column public.mentor_sessions.held_on is 'The day the session took place; never in the future.';
comment on column public.mentor_sessions.kind is
  'Observations are developmental only and never feed an assessment.';
comment on column public.mentor_sessions.client_request_id is
  'Chosen by the client per logged session, so a retried or double-submitted request inserts one row.';

create index mentor_sessions_pairing_held_on_idx on public.mentor_sessions (pairing_id, held_on);

create table public.concerns (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  subject public.concern_subject not null,
  ect_induction_id uuid,
  mentor_id uuid,
  summary text not null
    constraint concerns_summary_length check (char_length(btrim(summary)) between 1 and 200),
  details text
    constraint concerns_details_length check (char_length(details) <= 4000),
  status public.concern_status not null default 'open',
  raised_by_staff_id uuid,
  assigned_to_staff_id uuid,
  raised_at timestamptz not null default now(),
  escalated_on date,
  resolved_at timestamptz,
  resolution text
    constraint concerns_resolution_length check (char_length(resolution) <= 4000),
  updated_at timestamptz not null default now(),
  unique (school_id, id),
  foreign key (school_id, ect_induction_id) references public.ect_inductions (school_id, id),
  foreign key (school_id, mentor_id) references public.mentors (school_id, id),
  foreign key (school_id, raised_by_staff_id) references public.staff (school_id, id),
  foreign key (school_id, assigned_to_staff_id) references public.staff (school_id, id),
  constraint concerns_subject_target check (
    (subject = 'ect_progress' and ect_induction_id is not null)
    or (subject = 'mentor_capacity' and mentor_id is not null)
  ),
  constraint concerns_escalation_date check (status <> 'escalated' or escalated_on is not null),
  constraint concerns_resolution_recorded check (
    status <> 'resolved' or (resolved_at is not null and char_length(btrim(resolution)) > 0)
  )
);

comment on table public.concerns is
  'A concern about an ECT''s progress or a mentor''s time or capacity. It goes to the '
  'induction tutor first and may be escalated to the appropriate body.';

create index concerns_ect_induction_id_idx on public.concerns (ect_induction_id);
create index concerns_mentor_id_idx on public.concerns (mentor_id);
create index concerns_school_status_idx on public.concerns (school_id, status);

create table public.term_dates (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  academic_year integer not null
    constraint term_dates_academic_year_range check (academic_year between 2000 and 2100),
  term smallint not null
    constraint term_dates_term_range check (term between 1 and 3),
  starts_on date not null,
  ends_on date not null,
  half_term_starts_on date not null,
  half_term_ends_on date not null,
  unique (school_id, academic_year, term),
  constraint term_dates_order check (
    starts_on < half_term_starts_on
    and half_term_starts_on <= half_term_ends_on
    and half_term_ends_on < ends_on
  ),
  constraint term_dates_in_academic_year check (
    starts_on >= make_date(academic_year, 8, 1) and ends_on <= make_date(academic_year + 1, 8, 31)
  )
);

comment on table public.term_dates is
  'A school''s terms: academic_year is the calendar year the year starts in (1 September); '
  'term 1 = autumn, 2 = spring, 3 = summer. Half-term days are not term days.';

-- school_id leads every unique key above except on staff, school_roles and the
-- join tables; these indexes serve the per-school policies and dashboards.
create index staff_school_id_idx on public.staff (school_id);
create index ect_inductions_school_id_idx on public.ect_inductions (school_id);
create index mentors_school_id_idx on public.mentors (school_id);
create index pairings_school_id_idx on public.pairings (school_id);
create index timetable_slots_school_id_idx on public.timetable_slots (school_id);
create index mentor_sessions_school_id_idx on public.mentor_sessions (school_id, held_on);
create index term_dates_school_id_idx on public.term_dates (school_id, starts_on);

-------------------------------------------------------------------------------
-- Rules that span rows
-------------------------------------------------------------------------------

create function private.london_today() returns date
language sql stable
set search_path = ''
as $$
  select (now() at time zone 'Europe/London')::date
$$;

comment on function private.london_today() is 'Today''s date in England, whatever the server time zone.';

create function private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create trigger staff_touch_updated_at before update on public.staff
  for each row execute function private.touch_updated_at();
create trigger ect_inductions_touch_updated_at before update on public.ect_inductions
  for each row execute function private.touch_updated_at();
create trigger mentors_touch_updated_at before update on public.mentors
  for each row execute function private.touch_updated_at();
create trigger pairings_touch_updated_at before update on public.pairings
  for each row execute function private.touch_updated_at();
create trigger timetable_slots_touch_updated_at before update on public.timetable_slots
  for each row execute function private.touch_updated_at();
create trigger mentor_sessions_touch_updated_at before update on public.mentor_sessions
  for each row execute function private.touch_updated_at();
create trigger concerns_touch_updated_at before update on public.concerns
  for each row execute function private.touch_updated_at();

-- A TRN may be typed without its leading zeros; store the 7-digit form so
-- that the same teacher is never recorded twice.
create function private.normalise_staff() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.email := btrim(new.email);
  new.full_name := btrim(new.full_name);
  if new.trn is not null then
    new.trn := nullif(btrim(new.trn), '');
  end if;
  if new.trn ~ '^[0-9]{1,6}$' then
    new.trn := lpad(new.trn, 7, '0');
  end if;
  return new;
end
$$;

create trigger staff_normalise before insert or update on public.staff
  for each row execute function private.normalise_staff();

-- A mentor cannot mentor themself: the pairing's mentor and ECT must be
-- different people.
create function private.check_pairing() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  mentor_staff uuid;
  ect_staff uuid;
begin
  select m.staff_id into mentor_staff from public.mentors m where m.id = new.mentor_id;
  select e.ect_staff_id into ect_staff from public.ect_inductions e where e.id = new.ect_induction_id;
  if mentor_staff = ect_staff then
    raise exception using
      errcode = '23514',
      message = 'A mentor cannot mentor themself',
      detail = 'mentor_id and ect_induction_id refer to the same person.',
      hint = 'Choose a different mentor for this ECT.';
  end if;
  return new;
end
$$;

create trigger pairings_check before insert or update of mentor_id, ect_induction_id on public.pairings
  for each row execute function private.check_pairing();

-- Sessions happen on a real day of the pairing: not in the future (in
-- England's time zone) and not before the pairing began or after it ended.
create function private.check_session_dates() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  pairing_start date;
  pairing_end date;
begin
  if new.held_on > private.london_today() then
    raise exception using
      errcode = '23514',
      message = 'held_on cannot be in the future',
      detail = format('held_on is %s; today is %s.', new.held_on, private.london_today()),
      hint = 'Log a session on or after the day it took place.';
  end if;
  select p.started_on, p.ended_on into pairing_start, pairing_end
    from public.pairings p where p.id = new.pairing_id;
  if new.held_on < pairing_start or new.held_on > pairing_end then
    raise exception using
      errcode = '23514',
      message = 'held_on is outside the pairing''s dates',
      detail = format('held_on is %s; the pairing runs from %s to %s.',
        new.held_on, pairing_start, coalesce(pairing_end::text, 'now')),
      hint = 'Log the session against the pairing that was active on that day.';
  end if;
  return new;
end
$$;

create trigger mentor_sessions_check_dates before insert or update of held_on, pairing_id
  on public.mentor_sessions
  for each row execute function private.check_session_dates();
