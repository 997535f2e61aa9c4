-- The tutor's write RPCs return 404 when their row does not exist or the caller's policies
-- hide it.
--
-- change_induction_status, assign_mentor and end_pairing are security invoker and lock their
-- row with `select ... for update`, so row-level security hides a row that the caller may not
-- update, even one they can read. Until this migration they raised P0002 (no_data_found) for
-- it, and PostgREST maps every P0 SQLSTATE other than P0001 to 500, which reads as a server
-- fault. A custom SQLSTATE 'PTnnn' makes PostgREST send status nnn (`pgErrorStatus` in
-- src/PostgREST/Error.hs at v12.2.12), so they now raise PT404.
--
-- Not found, not 403: a direct REST read or update of a row that the caller's policies hide
-- returns no rows rather than an error. The response is the same for a row that does not
-- exist and one that is hidden, so it does not reveal whether a hidden row exists.
--
-- The bodies are otherwise those of the induction records migration. `create or replace`
-- keeps each function's grants, and the signatures, security and search_path are unchanged.

-------------------------------------------------------------------------------
-- public.change_induction_status
-------------------------------------------------------------------------------

create or replace function public.change_induction_status(
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
      errcode = 'PT404',
      message = 'ECT induction not found',
      detail = format('No induction with id %s exists that you can change.', p_ect_induction_id),
      hint = 'It may have been deleted, or your role may not let you change it. '
        'Reload the page and try again.';
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
  'Security invoker: only an induction tutor of the school may change the rows. Raises PT404 '
  '(HTTP 404) when the induction does not exist or the caller may not change it.';

-------------------------------------------------------------------------------
-- public.assign_mentor
-------------------------------------------------------------------------------

create or replace function public.assign_mentor(
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
      errcode = 'PT404',
      message = 'ECT induction not found',
      detail = format('No induction with id %s exists that you can change.', p_ect_induction_id),
      hint = 'It may have been deleted, or your role may not let you change it. '
        'Reload the page and try again.';
  end if;

  select * into mentor_staff
  from public.staff s
  where s.id = p_mentor_staff_id
    and s.school_id = induction.school_id;
  if not found then
    raise exception using
      errcode = 'PT404',
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
  'Security invoker: only an induction tutor of the school may write the rows. Raises PT404 '
  '(HTTP 404) when the induction does not exist or the caller may not change it, and when the '
  'mentor is not a staff member of the induction''s school.';

-------------------------------------------------------------------------------
-- public.end_pairing
-------------------------------------------------------------------------------

create or replace function public.end_pairing(p_pairing_id uuid, p_ended_on date, p_reason text default null)
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
      errcode = 'PT404',
      message = 'Pairing not found',
      detail = format('No pairing with id %s exists that you can change.', p_pairing_id),
      hint = 'It may have been deleted, or your role may not let you change it. '
        'Reload the page and try again.';
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
  'Security invoker. Raises PT404 (HTTP 404) when the pairing does not exist or the caller may '
  'not change it.';
