-- Staff invitations. An induction tutor adds a person by email; the person
-- claims the record by signing up with that address (compared without case),
-- and a trigger on auth.users links staff.user_id. Until then the record has
-- no user and the app shows it as "Invited". Nobody links a record through
-- the API: authenticated users lose the privilege to write staff.user_id.

-------------------------------------------------------------------------------
-- Subject or phase, for matching mentors with ECTs
-------------------------------------------------------------------------------

alter table public.staff
  add column subject_or_phase text
    constraint staff_subject_or_phase_length
      check (char_length(btrim(subject_or_phase)) between 1 and 100);

comment on column public.staff.subject_or_phase is
  'Main subject (secondary) or phase or year group (primary), such as "Mathematics" or "Key '
  'stage 1". The app suggests mentors who share it with the ECT.';

-- A TRN is often copied with spaces ("12 34 567") or without its leading
-- zeros; store the 7-digit form so that one teacher is never recorded twice.
-- Anything else (letters, hyphens, 8 digits) is left for staff_trn_format to
-- reject.
create function private.normalise_trn(p_trn text) returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when stripped ~ '^[0-9]{1,6}$' then lpad(stripped, 7, '0')
    else stripped
  end
  from (select nullif(regexp_replace(p_trn, '[[:space:]]', '', 'g'), '') as stripped) t
$$;

comment on function private.normalise_trn(text) is
  'A TRN without whitespace and zero-padded to 7 digits when it has 1 to 6; null when blank.';

create or replace function private.normalise_staff() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.email := btrim(new.email);
  new.full_name := btrim(new.full_name);
  new.subject_or_phase := nullif(btrim(new.subject_or_phase), '');
  new.trn := private.normalise_trn(new.trn);
  return new;
end
$$;

-------------------------------------------------------------------------------
-- Claiming an invitation
-------------------------------------------------------------------------------

-- Only a confirmed address claims: with email confirmation on, someone who
-- signs up with another person's address cannot take their records before
-- proving they own it. With confirmation off, GoTrue confirms every address
-- on insert.
create function private.claim_staff_invitations() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.email is null or new.email_confirmed_at is null then
    return new;
  end if;

  update public.staff s
  set user_id = new.id
  where lower(s.email) = lower(new.email)
    and s.user_id is null;

  return new;
end
$$;

comment on function private.claim_staff_invitations() is
  'Links every unclaimed staff row whose email matches the user''s confirmed email, compared '
  'without case. Runs after a user is created and after their email is confirmed or changed.';

create trigger claim_staff_invitations
  after insert or update of email, email_confirmed_at on auth.users
  for each row execute function private.claim_staff_invitations();

-- A person invited at a second school often has an account already; the new
-- staff row is theirs at once. A changed email address invites whoever owns
-- the new address, so the old link goes.
create function private.link_staff_to_existing_user() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  confirmed_user uuid;
begin
  if tg_op = 'UPDATE' then
    if lower(new.email) = lower(old.email) or new.user_id is distinct from old.user_id then
      return new;
    end if;
  elsif new.user_id is not null then
    -- The owner and the service role may link a row directly (seed, admin scripts).
    return new;
  end if;

  select u.id into confirmed_user
  from auth.users u
  where lower(u.email) = lower(new.email)
    and u.email_confirmed_at is not null
  order by u.created_at
  limit 1;

  new.user_id := confirmed_user;
  return new;
end
$$;

comment on function private.link_staff_to_existing_user() is
  'On insert without a user, and when the email changes, links the staff row to the confirmed '
  'user with that email, if there is one (compared without case), or unlinks it.';

-- Before-triggers fire in name order: this one runs after staff_normalise has
-- trimmed the email.
create trigger staff_sign_in_link
  before insert or update of email on public.staff
  for each row execute function private.link_staff_to_existing_user();

revoke all on function
  private.normalise_trn(text),
  private.normalise_staff(),
  private.claim_staff_invitations(),
  private.link_staff_to_existing_user()
from public, anon, authenticated;

-- The staff import compares TRNs in their stored form.
grant execute on function private.normalise_trn(text) to authenticated, service_role;

-------------------------------------------------------------------------------
-- Nobody links a sign-in through the API
-------------------------------------------------------------------------------

-- Column privileges: authenticated users may write every staff column except
-- user_id, so a tutor cannot attach someone's account to a record. The
-- policies still decide which rows; the service role keeps every privilege.
revoke insert, update on public.staff from authenticated;

grant insert (
  id, school_id, full_name, email, trn, qts_held, subject_or_phase, created_at, updated_at,
  version
) on public.staff to authenticated;

grant update (
  school_id, full_name, email, trn, qts_held, subject_or_phase, updated_at, version
) on public.staff to authenticated;

comment on column public.staff.user_id is
  'The auth user who claimed this record by signing up with its email (set by a trigger; '
  'null = invited, not yet claimed). Not writable through the API except by the service role.';
