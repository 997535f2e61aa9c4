-- Mentor training logs: the hours a mentor spends on their mentor training, so the mentor,
-- the induction tutor and the headteacher can compare them with the scheme's target
-- (ecf_based: 36 hours over two years; mentor_2025, for mentors starting from September
-- 2025: 20 hours over one year). Providers expect at least 75% engagement.
--
-- Also adds client_request_id to concerns, so that a double-submitted concern form raises
-- one concern, as mentor_sessions already does for logged sessions.

-------------------------------------------------------------------------------
-- Table
-------------------------------------------------------------------------------

create table public.mentor_training_logs (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  mentor_id uuid not null,
  completed_on date not null,
  hours numeric(4, 2) not null
    constraint mentor_training_logs_hours_range check (hours > 0 and hours <= 12),
  activity text not null
    constraint mentor_training_logs_activity_length
      check (char_length(btrim(activity)) between 1 and 200),
  notes text
    constraint mentor_training_logs_notes_length check (char_length(notes) <= 2000),
  client_request_id uuid unique,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (school_id, id),
  foreign key (school_id, mentor_id) references public.mentors (school_id, id) on delete cascade
);

comment on table public.mentor_training_logs is
  'Time a mentor spent on their mentor training: one row per activity (a module, a session '
  'with the provider, self-study).';
comment on column public.mentor_training_logs.completed_on is
  'The day the training took place; never in the future.';
comment on column public.mentor_training_logs.hours is 'Hours spent, more than 0 and at most 12.';
comment on column public.mentor_training_logs.client_request_id is
  'Chosen by the client per logged activity, so a retried or double-submitted request inserts '
  'one row.';
comment on column public.mentor_training_logs.version is
  'Row version: 1 on insert, +1 on every update (set by a trigger). Filter updates on the '
  'version you read to detect a concurrent edit.';

create index mentor_training_logs_school_id_idx on public.mentor_training_logs (school_id);
create index mentor_training_logs_mentor_id_idx
  on public.mentor_training_logs (mentor_id, completed_on);

-------------------------------------------------------------------------------
-- Triggers: dates, timestamps, creator, version, audit
-------------------------------------------------------------------------------

create function private.check_training_log_date() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.completed_on > private.london_today() then
    raise exception using
      errcode = '23514',
      message = 'completed_on cannot be in the future',
      detail = format('completed_on is %s; today is %s.', new.completed_on, private.london_today()),
      hint = 'Log training on or after the day it took place.';
  end if;
  return new;
end
$$;

revoke all on function private.check_training_log_date() from public, anon;

create trigger mentor_training_logs_check_date before insert or update of completed_on
  on public.mentor_training_logs
  for each row execute function private.check_training_log_date();

create trigger mentor_training_logs_touch_updated_at before update on public.mentor_training_logs
  for each row execute function private.touch_updated_at();

-- The same rule as for sessions: the API records the signed-in user as the creator.
create trigger mentor_training_logs_stamp_creator before insert or update
  on public.mentor_training_logs
  for each row execute function private.stamp_session_creator();

create trigger mentor_training_logs_bump_version before insert or update
  on public.mentor_training_logs
  for each row execute function private.bump_row_version();

create trigger mentor_training_logs_audit after insert or update or delete
  on public.mentor_training_logs
  for each row execute function private.write_audit_log();

-------------------------------------------------------------------------------
-- Row-level security
-------------------------------------------------------------------------------

alter table public.mentor_training_logs enable row level security;

create policy "Headteachers and induction tutors can read their school's training logs"
  on public.mentor_training_logs for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Mentors can read their own training logs"
  on public.mentor_training_logs for select to authenticated
  using (mentor_id = any ((select private.my_mentor_ids())::uuid[]));

create policy "Induction tutors can log training at their school"
  on public.mentor_training_logs for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can log their own training"
  on public.mentor_training_logs for insert to authenticated
  with check (
    mentor_id = any ((select private.my_mentor_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can update their school's training logs"
  on public.mentor_training_logs for update to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]))
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can update their own training logs"
  on public.mentor_training_logs for update to authenticated
  using (mentor_id = any ((select private.my_mentor_ids())::uuid[]))
  with check (
    mentor_id = any ((select private.my_mentor_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{mentor}'))::uuid[])
  );

create policy "Induction tutors can delete their school's training logs"
  on public.mentor_training_logs for delete to authenticated
  using (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

create policy "Mentors can delete their own training logs"
  on public.mentor_training_logs for delete to authenticated
  using (mentor_id = any ((select private.my_mentor_ids())::uuid[]));

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on public.mentor_training_logs from public, anon, authenticated;
grant select, insert, update, delete on public.mentor_training_logs to authenticated;
grant all on public.mentor_training_logs to service_role;

-------------------------------------------------------------------------------
-- concerns.client_request_id
-------------------------------------------------------------------------------

alter table public.concerns add column client_request_id uuid unique;

comment on column public.concerns.client_request_id is
  'Chosen by the client per raised concern, so a retried or double-submitted request inserts '
  'one row.';
