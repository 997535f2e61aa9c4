-- What an induction tutor records about an ECT's induction beyond the core
-- schema: the DfE registration date, a reason for each status change, one
-- induction per ECT per start date (the natural key a staff import upserts
-- on), and RPCs that change a status or a mentor in one transaction.
--
-- Refusals that concern one input name the constraint or column in their
-- detail ("Constraint: pairings_one_mentor_per_day."), because PostgREST
-- passes message, detail and hint to the client but not the constraint name,
-- and the app uses it to show the error against the right field.
--
-- The history of status changes is the audit log's history of the
-- ect_inductions row: every update writes the old and new status, date and
-- reason there, so no second copy is kept.

alter table public.ect_inductions
  add column dfe_registered_on date,
  add column status_reason text
    constraint ect_inductions_status_reason_length check (char_length(status_reason) <= 500);

comment on column public.ect_inductions.dfe_registered_on is
  'When the school registered the ECT with the DfE Register early career teachers service.';
comment on column public.ect_inductions.status_reason is
  'Why the status last changed, such as the school an ECT moved to.';

create unique index ect_inductions_natural_key
  on public.ect_inductions (school_id, ect_staff_id, started_on);

-------------------------------------------------------------------------------
-- Ending pairings (shared by the status change and the mentor change)
-------------------------------------------------------------------------------

create function private.end_pairings_after(
  p_ect_induction_id uuid,
  p_last_day date,
  p_reason text
)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  -- Slots of pairings that have not started by the end go with them; slots
  -- that have started end on the last day.
  delete from public.timetable_slots ts
  using public.pairings p
  where p.id = ts.pairing_id
    and p.ect_induction_id = p_ect_induction_id
    and ts.effective_from > p_last_day;

  update public.timetable_slots ts
  set effective_to = p_last_day
  from public.pairings p
  where p.id = ts.pairing_id
    and p.ect_induction_id = p_ect_induction_id
    and (ts.effective_to is null or ts.effective_to > p_last_day);

  delete from public.pairings p
  where p.ect_induction_id = p_ect_induction_id
    and p.started_on > p_last_day;

  update public.pairings p
  set ended_on = p_last_day,
      end_reason = coalesce(p.end_reason, p_reason)
  where p.ect_induction_id = p_ect_induction_id
    and (p.ended_on is null or p.ended_on > p_last_day);
end
$$;

comment on function private.end_pairings_after(uuid, date, text) is
  'Ends every pairing of the induction, and its timetable slots, on p_last_day; removes those '
  'that start after it. Security invoker, so the caller''s policies apply.';

-------------------------------------------------------------------------------
-- public.change_induction_status
-------------------------------------------------------------------------------

create function public.change_induction_status(
  p_ect_induction_id uuid,
  p_status public.induction_status,
  p_changed_on date,
  p_reason text default null
)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  induction public.ect_inductions;
begin
  select * into induction
  from public.ect_inductions e
  where e.id = p_ect_induction_id
  for update;
  if not found then
    raise exception using
      errcode = 'P0002',
      message = 'ECT induction not found',
      detail = format('No induction with id %s is visible to you.', p_ect_induction_id);
  end if;

  if p_changed_on is null then
    raise exception using
      errcode = '23502',
      message = 'The date of the status change is missing',
      hint = 'Enter the date the status changed.';
  end if;
  if p_changed_on < induction.started_on then
    raise exception using
      errcode = '23514',
      message = 'The status cannot change before the induction started',
      detail = format(
        'The induction started on %s; the change is dated %s. '
          'Constraint: ect_inductions_status_after_start.',
        induction.started_on, p_changed_on),
      hint = 'Enter a date on or after the induction''s start.',
      constraint = 'ect_inductions_status_after_start';
  end if;

  update public.ect_inductions e
  set status = p_status,
      status_changed_on = p_changed_on,
      status_reason = nullif(btrim(p_reason), '')
  where e.id = p_ect_induction_id;

  -- An ECT who leaves, moves school, withdraws or completes has no mentor here
  -- after that day. Pairings and slots end rather than disappear, so the
  -- record of who mentored them stays.
  if p_status in ('leaving', 'moved_school', 'withdrawn', 'completed') then
    perform private.end_pairings_after(p_ect_induction_id, p_changed_on, case p_status
      when 'leaving' then 'The ECT left the school'
      when 'moved_school' then 'The ECT moved school'
      when 'withdrawn' then 'The induction was withdrawn'
      else 'The ECT completed induction'
    end);
  end if;
end
$$;

comment on function public.change_induction_status(uuid, public.induction_status, date, text) is
  'Sets an induction''s status, the date it changed and why. Leaving, moving school, '
  'withdrawing and completing also end the ECT''s pairings and timetable slots on that day. '
  'Security invoker: only an induction tutor of the school may change the rows.';

-------------------------------------------------------------------------------
-- public.assign_mentor
-------------------------------------------------------------------------------

create function public.assign_mentor(
  p_ect_induction_id uuid,
  p_mentor_staff_id uuid,
  p_starts_on date,
  p_reason text default null
)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  induction public.ect_inductions;
  mentor_staff public.staff;
  mentor_row_id uuid;
  current_pairing public.pairings;
  later_start date;
  new_pairing_id uuid;
begin
  select * into induction
  from public.ect_inductions e
  where e.id = p_ect_induction_id
  for update;
  if not found then
    raise exception using
      errcode = 'P0002',
      message = 'ECT induction not found',
      detail = format('No induction with id %s is visible to you.', p_ect_induction_id);
  end if;

  select * into mentor_staff
  from public.staff s
  where s.id = p_mentor_staff_id
    and s.school_id = induction.school_id;
  if not found then
    raise exception using
      errcode = 'P0002',
      message = 'Mentor not found at this school',
      hint = 'Choose a mentor from the list.';
  end if;

  if not exists (
    select
    from public.school_roles r
    where r.school_id = induction.school_id
      and r.staff_id = p_mentor_staff_id
      and r.role = 'mentor'
  ) then
    raise exception using
      errcode = '23514',
      message = format('%s is not a mentor at this school', mentor_staff.full_name),
      hint = 'Give them the mentor role on their staff record first.';
  end if;

  if induction.ect_staff_id = p_mentor_staff_id then
    raise exception using
      errcode = '23514',
      message = 'A mentor cannot mentor themself',
      detail = format('%s is the ECT of this induction.', mentor_staff.full_name),
      hint = 'Choose a different mentor for this ECT.';
  end if;

  if induction.status not in ('active', 'paused') then
    raise exception using
      errcode = '23514',
      message = format('The induction has ended (status %s)', induction.status),
      hint = 'Only an active or paused induction can have a new mentor.';
  end if;

  if p_starts_on is null or p_starts_on < induction.started_on then
    raise exception using
      errcode = '23514',
      message = 'The mentor cannot start before the induction',
      detail = format('The induction started on %s. Column: started_on.', induction.started_on),
      hint = 'Enter a start date on or after the induction''s start.',
      column = 'started_on';
  end if;

  select p.started_on into later_start
  from public.pairings p
  where p.ect_induction_id = p_ect_induction_id
    and p.started_on >= p_starts_on
  order by p.started_on
  limit 1;
  if found then
    raise exception using
      errcode = '23P01',
      message = format('This ECT already has a mentor from %s', to_char(later_start, 'FMDD FMMonth YYYY')),
      detail = 'An ECT has one mentor on any day, and a pairing already starts on or after the '
        'date given. Constraint: pairings_one_mentor_per_day.',
      hint = 'Enter a start date after that pairing''s start, or end that pairing first.',
      constraint = 'pairings_one_mentor_per_day';
  end if;

  select * into current_pairing
  from public.pairings p
  where p.ect_induction_id = p_ect_induction_id
    and p.started_on < p_starts_on
    and (p.ended_on is null or p.ended_on >= p_starts_on);
  if found then
    if current_pairing.mentor_id = (
      select m.id from public.mentors m
      where m.school_id = induction.school_id and m.staff_id = p_mentor_staff_id
    ) then
      raise exception using
        errcode = '23514',
        message = format('%s is already this ECT''s mentor', mentor_staff.full_name),
        hint = 'Choose a different mentor.';
    end if;
    -- The old pairing ends the day before the new one starts, so history is
    -- kept and the ECT never has two mentors on one day.
    perform private.end_pairings_after(
      p_ect_induction_id,
      p_starts_on - 1,
      coalesce(nullif(btrim(p_reason), ''), 'Mentor changed')
    );
  end if;

  insert into public.mentors (school_id, staff_id)
  values (induction.school_id, p_mentor_staff_id)
  on conflict (school_id, staff_id) do nothing;

  select m.id into mentor_row_id
  from public.mentors m
  where m.school_id = induction.school_id
    and m.staff_id = p_mentor_staff_id;

  insert into public.pairings (school_id, mentor_id, ect_induction_id, started_on)
  values (induction.school_id, mentor_row_id, p_ect_induction_id, p_starts_on)
  returning id into new_pairing_id;

  return new_pairing_id;
end
$$;

comment on function public.assign_mentor(uuid, uuid, date, text) is
  'Makes p_mentor_staff_id the ECT''s mentor from p_starts_on. A current mentor''s pairing ends '
  'the day before (with p_reason), in the same transaction. Rejects self-mentoring, someone '
  'without the mentor role, an ended induction and a start that overlaps a later pairing. '
  'Security invoker: only an induction tutor of the school may write the rows.';

-------------------------------------------------------------------------------
-- public.end_pairing
-------------------------------------------------------------------------------

create function public.end_pairing(p_pairing_id uuid, p_ended_on date, p_reason text default null)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  pairing public.pairings;
begin
  select * into pairing
  from public.pairings p
  where p.id = p_pairing_id
  for update;
  if not found then
    raise exception using
      errcode = 'P0002',
      message = 'Pairing not found',
      detail = format('No pairing with id %s is visible to you.', p_pairing_id);
  end if;

  if p_ended_on is null or p_ended_on < pairing.started_on then
    raise exception using
      errcode = '23514',
      message = 'The pairing cannot end before it started',
      detail = format('The pairing started on %s. Constraint: pairings_dates_order.',
        pairing.started_on),
      hint = 'Enter an end date on or after the start date.',
      constraint = 'pairings_dates_order';
  end if;
  if pairing.ended_on is not null and pairing.ended_on <= p_ended_on then
    raise exception using
      errcode = '23514',
      message = format('The pairing already ended on %s', to_char(pairing.ended_on, 'FMDD FMMonth YYYY')),
      detail = 'Constraint: pairings_dates_order.',
      hint = 'Only an ongoing pairing, or one that ends later, can be ended earlier.',
      constraint = 'pairings_dates_order';
  end if;

  update public.timetable_slots ts
  set effective_to = p_ended_on
  where ts.pairing_id = p_pairing_id
    and ts.effective_from <= p_ended_on
    and (ts.effective_to is null or ts.effective_to > p_ended_on);

  delete from public.timetable_slots ts
  where ts.pairing_id = p_pairing_id
    and ts.effective_from > p_ended_on;

  update public.pairings p
  set ended_on = p_ended_on,
      end_reason = coalesce(nullif(btrim(p_reason), ''), p.end_reason)
  where p.id = p_pairing_id;
end
$$;

comment on function public.end_pairing(uuid, date, text) is
  'Ends a pairing on p_ended_on (inclusive) with a reason, and its timetable slots with it. '
  'Security invoker.';

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on function
  public.change_induction_status(uuid, public.induction_status, date, text),
  public.assign_mentor(uuid, uuid, date, text),
  public.end_pairing(uuid, date, text),
  private.end_pairings_after(uuid, date, text)
from public, anon;

grant execute on function
  public.change_induction_status(uuid, public.induction_status, date, text),
  public.assign_mentor(uuid, uuid, date, text),
  public.end_pairing(uuid, date, text),
  private.end_pairings_after(uuid, date, text)
to authenticated, service_role;
