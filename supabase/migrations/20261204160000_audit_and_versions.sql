-- Nothing lost: a row version for optimistic concurrency and an audit log,
-- on every school-scoped table (schools itself and every table with a
-- school_id).
--
-- Row versions: every such table gets `version integer`, which a trigger
-- sets to 1 on insert and to the old value + 1 on every update, whatever
-- the request body says. A client that read version N updates with
-- `.eq('version', N)`: when someone else saved first, the filter matches no
-- row, the update changes nothing, and the client can tell its user
-- (PostgREST returns [] or, with a single-object Accept, PGRST116).
--
-- Audit log: a security definer trigger after each insert, update and
-- delete writes who (auth.uid() and their staff row at that school), when,
-- which table and row, the operation, and the old and new row as jsonb.
-- The school's induction tutors and headteachers may read it; nobody may
-- write it through the API, the service role included.

-------------------------------------------------------------------------------
-- Row versions
-------------------------------------------------------------------------------

alter table public.schools add column version integer not null default 1;
alter table public.staff add column version integer not null default 1;
alter table public.school_roles add column version integer not null default 1;
alter table public.ect_inductions add column version integer not null default 1;
alter table public.mentors add column version integer not null default 1;
alter table public.pairings add column version integer not null default 1;
alter table public.timetable_slots add column version integer not null default 1;
alter table public.mentor_sessions add column version integer not null default 1;
alter table public.concerns add column version integer not null default 1;
alter table public.term_dates add column version integer not null default 1;

create function private.bump_row_version() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- The client never chooses the version, or a stale writer could skip
  -- ahead and pass the next writer's check.
  if tg_op = 'INSERT' then
    new.version := 1;
  else
    new.version := old.version + 1;
  end if;
  return new;
end
$$;

comment on function private.bump_row_version() is
  'Sets version to 1 on insert and to the previous version + 1 on update, for optimistic '
  'concurrency: an update filtered on the version it read changes no row once another writer '
  'has saved.';

do $$
declare
  table_name text;
begin
  foreach table_name in array array[
    'schools', 'staff', 'school_roles', 'ect_inductions', 'mentors', 'pairings',
    'timetable_slots', 'mentor_sessions', 'concerns', 'term_dates'
  ] loop
    execute format(
      'create trigger %I before insert or update on public.%I '
      'for each row execute function private.bump_row_version()',
      table_name || '_bump_version', table_name
    );
    execute format(
      'comment on column public.%I.version is %L',
      table_name,
      'Row version: 1 on insert, +1 on every update (set by a trigger). Filter updates on the '
      'version you read to detect a concurrent edit.'
    );
  end loop;
end
$$;

-------------------------------------------------------------------------------
-- Audit log
-------------------------------------------------------------------------------

create table public.audit_log (
  id bigint generated always as identity primary key,
  -- No foreign key: the trail of a school outlives the school's rows.
  school_id uuid not null,
  occurred_at timestamptz not null default clock_timestamp(),
  actor_user_id uuid,
  actor_staff_id uuid,
  actor_role text,
  table_name text not null,
  row_id uuid not null,
  operation text not null
    constraint audit_log_operation check (operation in ('INSERT', 'UPDATE', 'DELETE')),
  old_values jsonb,
  new_values jsonb
);

comment on table public.audit_log is
  'Append-only trail of every insert, update and delete on the school-scoped tables, written by '
  'triggers. Readable by the school''s induction tutors and headteachers; not writable through '
  'the API.';
comment on column public.audit_log.actor_user_id is
  'auth.uid() of the request; null when the change came from outside the API (migration, seed, '
  'a direct database session) or from the service role.';
comment on column public.audit_log.actor_staff_id is
  'The actor''s staff row at the row''s school, when they have one.';
comment on column public.audit_log.actor_role is
  'The API role of the request (authenticated, service_role); null outside the API.';
comment on column public.audit_log.old_values is 'The row before an update or delete.';
comment on column public.audit_log.new_values is 'The row after an insert or update.';

create index audit_log_school_id_idx on public.audit_log (school_id, occurred_at);
create index audit_log_row_id_idx on public.audit_log (row_id);

create function private.write_audit_log() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  school_key text := case when tg_table_name = 'schools' then 'id' else 'school_id' end;
  actor uuid := auth.uid();
begin
  -- A row that moves school (only the owner could make one move) is
  -- written under both schools, so each school's trail shows it.
  insert into public.audit_log (
    school_id, actor_user_id, actor_staff_id, actor_role, table_name, row_id, operation,
    old_values, new_values
  )
  select
    schools.id,
    actor,
    (select s.id from public.staff s where s.user_id = actor and s.school_id = schools.id),
    auth.role(),
    tg_table_name,
    coalesce(new_row ->> 'id', old_row ->> 'id')::uuid,
    tg_op,
    old_row,
    new_row
  from (
    select distinct school_id::uuid as id
    from unnest(array[old_row ->> school_key, new_row ->> school_key]) as school_id
    where school_id is not null
  ) as schools;
  return null;
end
$$;

comment on function private.write_audit_log() is
  'Appends the change to public.audit_log. Security definer, so that it writes a table that no '
  'API role may write.';

do $$
declare
  table_name text;
begin
  foreach table_name in array array[
    'schools', 'staff', 'school_roles', 'ect_inductions', 'mentors', 'pairings',
    'timetable_slots', 'mentor_sessions', 'concerns', 'term_dates'
  ] loop
    execute format(
      'create trigger %I after insert or update or delete on public.%I '
      'for each row execute function private.write_audit_log()',
      table_name || '_audit', table_name
    );
  end loop;
end
$$;

-- The trail is append-only, even for the owner's sessions. An owner who
-- must purge old entries disables this trigger for that transaction.
create function private.reject_audit_log_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using
    errcode = '42501',
    message = 'audit_log is append-only',
    detail = format('%s on audit_log was rejected.', tg_op),
    hint = 'Audit entries are written by triggers and never changed.';
end
$$;

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.reject_audit_log_change();

create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.reject_audit_log_change();

revoke all on function
  private.bump_row_version(),
  private.write_audit_log(),
  private.reject_audit_log_change()
from public, anon, authenticated;

-------------------------------------------------------------------------------
-- Audit log: row-level security and privileges
-------------------------------------------------------------------------------

alter table public.audit_log enable row level security;

create policy "Headteachers and induction tutors can read their school's audit log"
  on public.audit_log for select to authenticated
  using (school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[]));

-- Select only, and for the service role too: the triggers write as the
-- owner, and nothing else may.
revoke all on public.audit_log from public, anon, authenticated, service_role;
revoke all on sequence public.audit_log_id_seq from public, anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;
