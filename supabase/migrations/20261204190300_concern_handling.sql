-- Handling a concern: the induction tutor triages it (a priority and an
-- assignee), keeps notes as it progresses, may escalate it to the school's
-- appropriate body (recorded with the date and the body) and resolves it
-- with an outcome (concerns.resolution).

-------------------------------------------------------------------------------
-- concerns: priority and the body escalated to
-------------------------------------------------------------------------------

alter table public.concerns
  add column priority text
    constraint concerns_priority_value check (priority in ('low', 'medium', 'high')),
  add column escalated_to_appropriate_body_id uuid references public.appropriate_bodies (id);

comment on column public.concerns.priority is
  'Set when the induction tutor triages the concern: low, medium or high; null until then.';
comment on column public.concerns.escalated_to_appropriate_body_id is
  'The appropriate body the concern was escalated to, on escalated_on.';

create index concerns_escalated_to_appropriate_body_id_idx
  on public.concerns (escalated_to_appropriate_body_id);

-------------------------------------------------------------------------------
-- concern_notes
-------------------------------------------------------------------------------

create table public.concern_notes (
  id uuid primary key default gen_random_uuid(),
  school_id uuid not null references public.schools (id) on delete cascade,
  concern_id uuid not null,
  author_staff_id uuid,
  body text not null
    constraint concern_notes_body_length check (char_length(btrim(body)) between 1 and 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (school_id, id),
  foreign key (school_id, concern_id) references public.concerns (school_id, id)
    on delete cascade,
  foreign key (school_id, author_staff_id) references public.staff (school_id, id)
);

comment on table public.concern_notes is
  'Notes the induction tutor keeps on a concern: conversations, support agreed, follow-ups. '
  'Readable by the school''s induction tutors and headteachers.';
comment on column public.concern_notes.author_staff_id is
  'The staff row of the person who wrote the note, set from the signed-in user on insert.';
comment on column public.concern_notes.version is
  'Row version: 1 on insert, +1 on every update (set by a trigger). Filter updates on the '
  'version you read to detect a concurrent edit.';

create index concern_notes_school_id_idx on public.concern_notes (school_id);
create index concern_notes_concern_id_idx on public.concern_notes (concern_id, created_at);
create index concern_notes_author_staff_id_idx on public.concern_notes (author_staff_id);

-- The author is the signed-in user's staff row at the note's school, whatever
-- the request body says; without a JWT subject (the owner, the service role)
-- the given value is kept. It never changes afterwards.
create function private.stamp_note_author() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if auth.uid() is not null then
      new.author_staff_id := (
        select s.id from public.staff s
        where s.user_id = auth.uid() and s.school_id = new.school_id
      );
    end if;
  else
    new.author_staff_id := old.author_staff_id;
  end if;
  return new;
end
$$;

comment on function private.stamp_note_author() is
  'Sets concern_notes.author_staff_id to the signed-in user''s staff row at the school on '
  'insert, and keeps it on update. Security definer, to read staff past its policies.';

revoke all on function private.stamp_note_author() from public, anon, authenticated;

create trigger concern_notes_stamp_author before insert or update on public.concern_notes
  for each row execute function private.stamp_note_author();

create trigger concern_notes_touch_updated_at before update on public.concern_notes
  for each row execute function private.touch_updated_at();

create trigger concern_notes_bump_version before insert or update on public.concern_notes
  for each row execute function private.bump_row_version();

create trigger concern_notes_audit after insert or update or delete on public.concern_notes
  for each row execute function private.write_audit_log();

-------------------------------------------------------------------------------
-- concern_notes: row-level security and privileges
-------------------------------------------------------------------------------

alter table public.concern_notes enable row level security;

create policy "Headteachers and induction tutors can read their school's concern notes"
  on public.concern_notes for select to authenticated
  using (
    school_id = any ((select private.school_ids_with_role('{headteacher,induction_tutor}'))::uuid[])
  );

create policy "Induction tutors can add concern notes at their school"
  on public.concern_notes for insert to authenticated
  with check (school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[]));

-- A note is its author's: another tutor adds a note of their own instead of
-- rewriting a colleague's.
create policy "Induction tutors can update their own concern notes"
  on public.concern_notes for update to authenticated
  using (
    author_staff_id = any ((select private.my_staff_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[])
  )
  with check (
    author_staff_id = any ((select private.my_staff_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[])
  );

create policy "Induction tutors can delete their own concern notes"
  on public.concern_notes for delete to authenticated
  using (
    author_staff_id = any ((select private.my_staff_ids())::uuid[])
    and school_id = any ((select private.school_ids_with_role('{induction_tutor}'))::uuid[])
  );

revoke all on public.concern_notes from public, anon, authenticated;
grant select, insert, update, delete on public.concern_notes to authenticated;
grant all on public.concern_notes to service_role;
