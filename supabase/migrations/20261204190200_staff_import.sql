-- Adding and importing staff. One RPC takes people as jsonb, whether one
-- from the "add a person" form or every row of a CSV file from the school's
-- MIS, and writes them in one transaction. It is security invoker, so the
-- caller's policies decide what it may write.
--
-- Rows are matched on natural keys, so importing the same file twice changes
-- nothing the second time (no row is updated, no version bumped):
-- - staff: (school_id, lower(email));
-- - school_roles: (school_id, staff_id, role); an import only adds roles;
-- - mentors: (school_id, staff_id);
-- - ect_inductions: (school_id, ect_staff_id, started_on).
--
-- A row's fields left out or null keep what is stored (an MIS export without
-- a TRN column does not erase TRNs).

-------------------------------------------------------------------------------
-- One person
-------------------------------------------------------------------------------

create function private.save_staff_member(p_school_id uuid, p_person jsonb)
returns table (staff_id uuid, action text)
language plpgsql
security invoker
set search_path = ''
as $$
declare
  email_given text := nullif(btrim(p_person ->> 'email'), '');
  name_given text := nullif(btrim(p_person ->> 'full_name'), '');
  trn_given text := private.normalise_trn(p_person ->> 'trn');
  qts_given boolean := (p_person ->> 'qts_held')::boolean;
  subject_given text := nullif(btrim(p_person ->> 'subject_or_phase'), '');
  roles_given public.school_role[] := coalesce(
    (select array_agg(distinct r.value::public.school_role)
     from jsonb_array_elements_text(coalesce(p_person -> 'roles', '[]')) r),
    '{}'
  );
  induction_given jsonb := nullif(p_person -> 'induction', 'null');
  mentor_given jsonb := nullif(p_person -> 'mentor', 'null');
  existing public.staff;
  other_with_trn public.staff;
  person_id uuid;
  result_action text := 'unchanged';
  changed_rows integer;
begin
  if email_given is null then
    raise exception using
      errcode = '23502',
      message = 'Email address is missing',
      hint = 'Enter the email address the person will sign in with.',
      column = 'email';
  end if;
  if name_given is null then
    raise exception using
      errcode = '23502',
      message = 'Full name is missing',
      hint = 'Enter the person''s full name.',
      column = 'full_name';
  end if;

  select * into existing
  from public.staff s
  where s.school_id = p_school_id
    and lower(s.email) = lower(email_given)
  for update;

  if trn_given is not null then
    select * into other_with_trn
    from public.staff s
    where s.school_id = p_school_id
      and s.trn = trn_given
      and lower(s.email) <> lower(email_given)
    limit 1;
    if found then
      raise exception using
        errcode = '23505',
        message = format('TRN %s is already recorded for %s (%s)',
          trn_given, other_with_trn.full_name, other_with_trn.email),
        hint = 'Check the TRN, or use the email address already recorded for this teacher.',
        column = 'trn';
    end if;
  end if;

  if existing.id is null then
    insert into public.staff (school_id, full_name, email, trn, qts_held, subject_or_phase)
    values (
      p_school_id,
      name_given,
      email_given,
      trn_given,
      coalesce(qts_given, false),
      subject_given
    )
    returning id into person_id;
    result_action := 'created';
  else
    person_id := existing.id;
    update public.staff s
    set full_name = name_given,
        trn = coalesce(trn_given, s.trn),
        qts_held = coalesce(qts_given, s.qts_held),
        subject_or_phase = coalesce(subject_given, s.subject_or_phase)
    where s.id = person_id
      and (s.full_name, s.trn, s.qts_held, s.subject_or_phase) is distinct from
        (name_given, coalesce(trn_given, s.trn), coalesce(qts_given, s.qts_held),
         coalesce(subject_given, s.subject_or_phase));
    get diagnostics changed_rows = row_count;
    if changed_rows > 0 then
      result_action := 'updated';
    end if;
  end if;

  insert into public.school_roles (school_id, staff_id, role)
  select p_school_id, person_id, r.role
  from unnest(roles_given) as r (role)
  -- Named by constraint: a column list would read staff_id as this function's
  -- output column and fail as ambiguous.
  on conflict on constraint school_roles_school_id_staff_id_role_key do nothing;
  get diagnostics changed_rows = row_count;
  if changed_rows > 0 and result_action = 'unchanged' then
    result_action := 'updated';
  end if;

  if 'mentor' = any (roles_given) or mentor_given is not null then
    if mentor_given is not null and not 'mentor' = any (roles_given)
      and not exists (
        select from public.school_roles r
        where r.staff_id = person_id and r.school_id = p_school_id and r.role = 'mentor'
      )
    then
      raise exception using
        errcode = '23514',
        message = 'Mentor details need the mentor role',
        hint = 'Give the person the mentor role, or leave the mentor details out.';
    end if;
    if private.save_mentor_details(p_school_id, person_id, mentor_given)
      and result_action = 'unchanged'
    then
      result_action := 'updated';
    end if;
  end if;

  if 'ect' = any (roles_given) or induction_given is not null then
    if private.save_induction(p_school_id, person_id, name_given, induction_given)
      and result_action = 'unchanged'
    then
      result_action := 'updated';
    end if;
  end if;

  staff_id := person_id;
  action := result_action;
  return next;
end
$$;

comment on function private.save_staff_member(uuid, jsonb) is
  'Adds or updates one person at a school from jsonb {full_name, email, roles, trn, qts_held, '
  'subject_or_phase, induction: {started_on, fte, programme, dfe_registered_on}, mentor: '
  '{ab_check_requested_on, ab_check_confirmed_on, dfe_registered_on}}. Returns the staff id '
  'and created, updated or unchanged. Security invoker.';

-------------------------------------------------------------------------------
-- Mentor details
-------------------------------------------------------------------------------

create function private.save_mentor_details(p_school_id uuid, p_staff_id uuid, p_mentor jsonb)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  requested date := (p_mentor ->> 'ab_check_requested_on')::date;
  confirmed date := (p_mentor ->> 'ab_check_confirmed_on')::date;
  registered date := (p_mentor ->> 'dfe_registered_on')::date;
  changed_rows integer;
  changed boolean := false;
begin
  insert into public.mentors (school_id, staff_id)
  values (p_school_id, p_staff_id)
  on conflict (school_id, staff_id) do nothing;
  get diagnostics changed_rows = row_count;
  changed := changed_rows > 0;

  if p_mentor is not null then
    update public.mentors m
    set ab_check_requested_on = coalesce(requested, m.ab_check_requested_on),
        ab_check_confirmed_on = coalesce(confirmed, m.ab_check_confirmed_on),
        dfe_registered_on = coalesce(registered, m.dfe_registered_on)
    where m.school_id = p_school_id
      and m.staff_id = p_staff_id
      and (m.ab_check_requested_on, m.ab_check_confirmed_on, m.dfe_registered_on)
        is distinct from (
          coalesce(requested, m.ab_check_requested_on),
          coalesce(confirmed, m.ab_check_confirmed_on),
          coalesce(registered, m.dfe_registered_on)
        );
    get diagnostics changed_rows = row_count;
    changed := changed or changed_rows > 0;
  end if;

  return changed;
end
$$;

comment on function private.save_mentor_details(uuid, uuid, jsonb) is
  'Makes sure the person has a mentors row and stores the given appropriate-body check and DfE '
  'registration dates. Returns true when a row was added or changed. Security invoker.';

-------------------------------------------------------------------------------
-- Induction
-------------------------------------------------------------------------------

create function private.save_induction(
  p_school_id uuid,
  p_staff_id uuid,
  p_name text,
  p_induction jsonb
)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  started date := (p_induction ->> 'started_on')::date;
  fte_given numeric := (p_induction ->> 'fte')::numeric;
  programme_given public.induction_programme :=
    (p_induction ->> 'programme')::public.induction_programme;
  registered date := (p_induction ->> 'dfe_registered_on')::date;
  open_induction public.ect_inductions;
  changed_rows integer;
begin
  if started is null then
    if exists (
      select from public.ect_inductions e
      where e.school_id = p_school_id and e.ect_staff_id = p_staff_id
    ) then
      -- An ECT already recorded: the role alone changes nothing more.
      return false;
    end if;
    raise exception using
      errcode = '23502',
      message = 'Induction start date is missing for an ECT',
      hint = 'Enter the date the ECT started their induction at this school.',
      column = 'started_on';
  end if;

  if not exists (
    select from public.school_roles r
    where r.school_id = p_school_id and r.staff_id = p_staff_id and r.role = 'ect'
  ) then
    raise exception using
      errcode = '23514',
      message = 'Induction details need the ECT role',
      hint = 'Give the person the ECT role, or leave the induction details out.';
  end if;

  update public.ect_inductions e
  set fte = coalesce(fte_given, e.fte),
      programme = coalesce(programme_given, e.programme),
      dfe_registered_on = coalesce(registered, e.dfe_registered_on)
  where e.school_id = p_school_id
    and e.ect_staff_id = p_staff_id
    and e.started_on = started
    and (e.fte, e.programme, e.dfe_registered_on) is distinct from
      (coalesce(fte_given, e.fte), coalesce(programme_given, e.programme),
       coalesce(registered, e.dfe_registered_on));
  get diagnostics changed_rows = row_count;
  if changed_rows > 0 then
    return true;
  end if;
  if exists (
    select from public.ect_inductions e
    where e.school_id = p_school_id and e.ect_staff_id = p_staff_id and e.started_on = started
  ) then
    return false;
  end if;

  select * into open_induction
  from public.ect_inductions e
  where e.school_id = p_school_id
    and e.ect_staff_id = p_staff_id
    and e.status in ('active', 'paused', 'leaving')
  limit 1;
  if found then
    raise exception using
      errcode = '23505',
      message = format('%s already has an induction here that started on %s',
        p_name, to_char(open_induction.started_on, 'FMDD FMMonth YYYY')),
      hint = 'Correct the start date on the ECT''s page, or record that induction as ended first.',
      column = 'started_on';
  end if;

  insert into public.ect_inductions (
    school_id, ect_staff_id, started_on, fte, programme, dfe_registered_on
  )
  values (
    p_school_id,
    p_staff_id,
    started,
    coalesce(fte_given, 1),
    coalesce(programme_given, 'provider_led'),
    registered
  );
  return true;
end
$$;

comment on function private.save_induction(uuid, uuid, text, jsonb) is
  'Adds the ECT''s induction starting on started_on, or updates its FTE, programme and DfE '
  'registration date; rejects a second open induction at the same school. Returns true when a '
  'row was added or changed. Security invoker.';

-------------------------------------------------------------------------------
-- public.save_staff_members
-------------------------------------------------------------------------------

create function public.save_staff_members(p_school_id uuid, p_people jsonb)
returns table (row_number integer, staff_id uuid, action text)
language plpgsql
security invoker
set search_path = ''
as $$
declare
  person jsonb;
  position integer := 0;
  row_label integer;
  saved record;
  error_state text;
  error_message text;
  error_detail text;
  error_hint text;
  error_constraint text;
  error_column text;
  row_message text;
  row_detail text;
  row_hint text;
begin
  if jsonb_typeof(p_people) is distinct from 'array' then
    raise exception using
      errcode = '22023',
      message = 'p_people must be a JSON array of people';
  end if;

  for person in select value from jsonb_array_elements(p_people) loop
    position := position + 1;
    row_label := coalesce((person ->> 'row')::integer, position);
    begin
      select * into saved from private.save_staff_member(p_school_id, person);
    exception when others then
      -- Name the row, so that the caller can show the error against it; the
      -- whole call is rolled back either way.
      get stacked diagnostics
        error_state = returned_sqlstate,
        error_message = message_text,
        error_detail = pg_exception_detail,
        error_hint = pg_exception_hint,
        error_constraint = constraint_name,
        error_column = column_name;
      row_message := format('Row %s: %s', row_label, error_message);
      row_detail := nullif(concat_ws(' ',
        nullif(error_detail, ''),
        case when error_constraint <> '' then format('Constraint: %s.', error_constraint) end,
        case when error_column <> '' then format('Column: %s.', error_column) end
      ), '');
      row_hint := nullif(error_hint, '');
      -- RAISE rejects a null option (22004), so each combination of a detail
      -- and a hint has its own statement.
      if row_detail is not null and row_hint is not null then
        raise exception using
          errcode = error_state, message = row_message, detail = row_detail, hint = row_hint;
      elsif row_detail is not null then
        raise exception using errcode = error_state, message = row_message, detail = row_detail;
      elsif row_hint is not null then
        raise exception using errcode = error_state, message = row_message, hint = row_hint;
      else
        raise exception using errcode = error_state, message = row_message;
      end if;
    end;
    row_number := row_label;
    staff_id := saved.staff_id;
    action := saved.action;
    return next;
  end loop;
end
$$;

comment on function public.save_staff_members(uuid, jsonb) is
  'Adds or updates people at a school in one transaction: p_people is a JSON array of '
  '{row, full_name, email, roles, trn, qts_held, subject_or_phase, induction, mentor}. Returns '
  'one row per person: the row number given (or its position), the staff id, and created, '
  'updated or unchanged. An error names the row ("Row 3: ...") and rolls everything back. '
  'Security invoker: RLS applies to every row written.';

-------------------------------------------------------------------------------
-- Privileges
-------------------------------------------------------------------------------

revoke all on function
  private.save_staff_member(uuid, jsonb),
  private.save_mentor_details(uuid, uuid, jsonb),
  private.save_induction(uuid, uuid, text, jsonb),
  public.save_staff_members(uuid, jsonb)
from public, anon;

grant execute on function
  private.save_staff_member(uuid, jsonb),
  private.save_mentor_details(uuid, uuid, jsonb),
  private.save_induction(uuid, uuid, text, jsonb),
  public.save_staff_members(uuid, jsonb)
to authenticated, service_role;
