-- Security checks in the spirit of Supabase's security advisor
-- (supabase/splinter), as plain SQL against the catalog. Each check is one
-- query that lists offenders in an `offender` column, so an empty result is
-- a pass. $1 is the text[] of schemas that the API exposes (`[api] schemas`
-- in supabase/config.toml). supabase/tests/schema-checks.test.ts runs each
-- check on both backends; the queries also run unchanged against a hosted
-- project (bind $1 to '{public,graphql_public}').
--
-- Every check ignores objects that an extension owns and the system schemas.

-- check: rls_disabled_in_exposed_schema
-- Tables the API can reach must have row-level security enabled.
select format('%I.%I', n.nspname, c.relname) as offender
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname = any ($1::text[])
  and not c.relrowsecurity
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by 1;

-- check: rls_enabled_without_policy
-- A table with RLS and no policy denies every row to the API roles: usually a mistake.
select format('%I.%I', n.nspname, c.relname) as offender
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname = any ($1::text[])
  and c.relrowsecurity
  and not exists (select from pg_policy p where p.polrelid = c.oid)
order by 1;

-- check: security_definer_view
-- Views the API can reach must run with the caller's rights (security_invoker),
-- and materialized views, which cannot have RLS, must not be there at all.
select format('%I.%I (%s)', n.nspname, c.relname,
  case c.relkind when 'm' then 'materialized view' else 'view without security_invoker' end)
  as offender
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = any ($1::text[])
  and (
    c.relkind = 'm'
    or (c.relkind = 'v' and not coalesce(
      (select lower(split_part(o, '=', 2)) in ('true', 'on', '1', 'yes')
       from unnest(c.reloptions) o
       where split_part(o, '=', 1) = 'security_invoker'),
      false))
  )
order by 1;

-- check: auth_users_exposed
-- No view the API can reach may read auth.users.
select distinct format('%I.%I', n.nspname, c.relname) as offender
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_rewrite r on r.ev_class = c.oid
join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
where c.relkind in ('v', 'm')
  and n.nspname = any ($1::text[])
  and d.refobjid = 'auth.users'::regclass
order by 1;

-- check: security_definer_function_in_exposed_schema
-- The API can call any function in an exposed schema; security definer ones
-- belong in a private schema.
select p.oid::regprocedure::text as offender
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where p.prosecdef
  and n.nspname = any ($1::text[])
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
  )
order by 1;

-- check: security_definer_function_search_path
-- A security definer function must fix its search_path, or a caller could
-- put their own objects in front of the ones it means.
select p.oid::regprocedure::text as offender
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where p.prosecdef
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_%'
  and not exists (select from unnest(p.proconfig) c where c like 'search\_path=%')
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
  )
order by 1;

-- check: security_definer_function_executable_by_anon
-- anon must not run any security definer function (PUBLIC grants count).
select p.oid::regprocedure::text as offender
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where p.prosecdef
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_%'
  and has_function_privilege('anon', p.oid, 'execute')
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
  )
order by 1;

-- check: function_search_path_mutable
-- Every function of the project (exposed schemas and private) fixes its search_path.
select p.oid::regprocedure::text as offender
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where (n.nspname = any ($1::text[]) or n.nspname = 'private')
  and not exists (select from unnest(p.proconfig) c where c like 'search\_path=%')
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
  )
order by 1;

-- check: exposed_function_executable_by_anon
-- Signed-out requests may call no function in an exposed schema.
select p.oid::regprocedure::text as offender
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
where n.nspname = any ($1::text[])
  and has_function_privilege('anon', p.oid, 'execute')
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
  )
order by 1;

-- check: policy_reads_user_metadata
-- user_metadata is editable by the user it describes, so no policy, and no
-- project function that a policy may call, may read it.
select offender
from (
  select format('policy %s on %s', quote_ident(pol.polname), pol.polrelid::regclass) as offender,
    concat_ws(' ',
      pg_get_expr(pol.polqual, pol.polrelid),
      pg_get_expr(pol.polwithcheck, pol.polrelid)) as body
  from pg_policy pol
  union all
  select format('function %s', p.oid::regprocedure), p.prosrc
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
  where n.nspname = any ($1::text[]) or n.nspname = 'private'
) checked
where body ilike '%user\_metadata%' or body ilike '%raw\_user\_meta\_data%'
order by 1;

-- check: auth_function_not_wrapped_in_select
-- auth.uid() and its siblings in a policy must be written (select auth.uid()),
-- so Postgres evaluates them once per statement instead of once per row.
select format('policy %s on %s', quote_ident(pol.polname), pol.polrelid::regclass) as offender
from pg_policy pol
cross join lateral (
  select concat_ws(' ',
    pg_get_expr(pol.polqual, pol.polrelid),
    pg_get_expr(pol.polwithcheck, pol.polrelid)) as body
) expr
where (select count(*) from regexp_matches(expr.body, 'auth\.(uid|jwt|role|email)\(\)', 'gi'))
  > (select count(*) from regexp_matches(expr.body, 'select\s+auth\.(uid|jwt|role|email)\(\)', 'gi'))
order by 1;

-- check: policy_column_without_index
-- Every column that a policy's USING clause names must lead some index on
-- its table. NOTE: columns are found by name in the deparsed expression,
-- with string literals removed. An alias or a type that shares a column's
-- name counts as well, which errs towards asking for an index.
select format('%s.%I (policy %s)', pol.polrelid::regclass, a.attname, quote_ident(pol.polname))
  as offender
from pg_policy pol
cross join lateral (
  select regexp_replace(pg_get_expr(pol.polqual, pol.polrelid), '''([^'']|'''')*''', '', 'g') as body
) expr
join pg_attribute a on a.attrelid = pol.polrelid and a.attnum > 0 and not a.attisdropped
where pol.polqual is not null
  and expr.body ~ ('(^|[^a-zA-Z0-9_."])' || a.attname || '($|[^a-zA-Z0-9_("])')
  and not exists (
    select from pg_index i where i.indrelid = pol.polrelid and i.indkey[0] = a.attnum
  )
order by 1;

-- check: anon_table_privileges
-- A signed-out request can touch no table, view or sequence in public,
-- whether through a grant to anon, to PUBLIC or on single columns.
select format('%s (%s)', c.oid::regclass, c.relkind) as offender
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public'
  and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
  and (
    case when c.relkind = 'S'
      then has_sequence_privilege('anon', c.oid, 'usage, select, update')
      else has_table_privilege('anon', c.oid,
          'select, insert, update, delete, truncate, references, trigger')
        or has_any_column_privilege('anon', c.oid, 'select, insert, update, references')
    end
  )
order by 1;

-- check: private_schema_exposed
-- The schema of the security definer helpers must not be an API schema.
select 'private' as offender
where 'private' = any ($1::text[]);
