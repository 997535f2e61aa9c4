-- Table and type privileges for the API roles.
--
-- Hosted Supabase has granted anon and authenticated every privilege on new
-- objects in public by default, and is moving to revoke those defaults. This
-- migration first takes everything away and then grants exactly what the
-- policies need, so the product behaves the same with or without the
-- defaults. anon (a request without a signed-in user) gets nothing.
-- A table added by a later migration must carry its own grants in the same
-- way; the schema checks in supabase/tests fail while anon holds any
-- privilege on a table in public.

revoke all on all tables in schema public from public, anon, authenticated;
revoke all on all sequences in schema public from public, anon, authenticated;

grant select on public.appropriate_bodies to authenticated;

-- Only induction tutors may update a school (see its policy); nobody adds or
-- removes schools through the API except the service role.
grant select, update on public.schools to authenticated;

grant select, insert, update, delete on
  public.staff,
  public.school_roles,
  public.ect_inductions,
  public.mentors,
  public.pairings,
  public.timetable_slots,
  public.mentor_sessions,
  public.concerns,
  public.term_dates
to authenticated;

-- The service role bypasses RLS and is used by the seed, admin scripts and
-- the auth admin API, never by the browser.
grant all on all tables in schema public to service_role;
grant all on all sequences in schema public to service_role;

grant usage on type
  public.school_phase,
  public.school_role,
  public.induction_programme,
  public.induction_status,
  public.mentor_training_scheme,
  public.session_kind,
  public.concern_subject,
  public.concern_status
to authenticated, service_role;
