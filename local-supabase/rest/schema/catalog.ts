/**
 * Catalog queries behind the schema cache, adapted from PostgREST 12.2's
 * `SchemaCache.hs`. They run with an empty `search_path`, so every type name
 * and default expression they return is schema-qualified unless it lives in
 * pg_catalog, and stays valid under any request's `search_path`.
 */

/** Tables, views and their columns in the schemas `$1`. */
export const TABLES_SQL = `
select
  c.oid::bigint as oid,
  n.nspname as schema,
  c.relname as name,
  c.relkind in ('v', 'm') as is_view,
  (c.relkind in ('r', 'p')
    or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 8) = 8))
    as insertable,
  (c.relkind in ('r', 'p')
    or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 4) = 4))
    as updatable,
  (c.relkind in ('r', 'p')
    or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 16) = 16))
    as deletable,
  coalesce((
    select json_agg(a.attname order by k.ord)
    from pg_constraint pk
    cross join lateral unnest(pk.conkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = pk.conrelid and a.attnum = k.attnum
    where pk.conrelid = c.oid and pk.contype = 'p'
  ), '[]') as pk_columns,
  coalesce((
    select json_agg(json_build_object(
      'name', a.attname,
      'attnum', a.attnum,
      'data_type', case
        when t.typtype = 'd' then
          case when bt_ns.nspname = 'pg_catalog' then format_type(t.typbasetype, null)
               else format_type(a.atttypid, a.atttypmod) end
        when t_ns.nspname = 'pg_catalog' then format_type(a.atttypid, null)
        else format_type(a.atttypid, a.atttypmod)
      end,
      'nominal_type', format_type(a.atttypid, a.atttypmod),
      'nullable', not (a.attnotnull or (t.typtype = 'd' and t.typnotnull)),
      'default', case
        when t.typbasetype <> 0 and ad.adbin is null then pg_get_expr(t.typdefaultbin, 0)
        when a.attidentity = 'd' then format('nextval(%s)', quote_literal(identity_seq.schema || '.' || identity_seq.name))
        when a.attgenerated = 's' then null
        else pg_get_expr(ad.adbin, ad.adrelid)
      end,
      'max_length', information_schema._pg_char_max_length(
        information_schema._pg_truetypid(a.*, t.*), information_schema._pg_truetypmod(a.*, t.*)),
      'description', col_d.description
    ) order by a.attnum)
    from pg_attribute a
    join pg_type t on t.oid = a.atttypid
    join pg_namespace t_ns on t_ns.oid = t.typnamespace
    left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
    left join pg_namespace bt_ns on bt_ns.oid = bt.typnamespace
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_description col_d on col_d.objoid = a.attrelid and col_d.objsubid = a.attnum
    left join lateral (
      select seq_ns.nspname as schema, seq.relname as name
      from pg_depend dep
      join pg_class seq on seq.oid = dep.objid and seq.relkind = 'S'
      join pg_namespace seq_ns on seq_ns.oid = seq.relnamespace
      where dep.refobjid = a.attrelid and dep.refobjsubid = a.attnum and dep.deptype = 'i'
      limit 1
    ) identity_seq on true
    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  ), '[]') as columns,
  d.description
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_description d on d.objoid = c.oid and d.objsubid = 0 and d.classoid = 'pg_class'::regclass
where c.relkind in ('v', 'r', 'm', 'f', 'p')
  and not c.relispartition
  and n.nspname = any($1::text[])
order by n.nspname, c.relname`;

/**
 * Foreign keys as many-to-one relationships; `one_to_one` is set when the
 * referencing columns are also a primary key or unique constraint.
 */
export const FOREIGN_KEYS_SQL = `
with pks_uniques_cols as (
  select conrelid, jsonb_agg(column_info.cols) as cols
  from pg_constraint
  join lateral (
    select jsonb_agg(cols.attname order by cols.attnum) as cols
    from (select unnest(conkey) as col) _
    join pg_attribute cols on cols.attrelid = conrelid and cols.attnum = col
  ) column_info on true
  where contype in ('p', 'u') and connamespace::regnamespace::text <> 'pg_catalog'
  group by conrelid
)
select
  traint.conrelid::bigint as table_oid,
  traint.confrelid::bigint as foreign_table_oid,
  ns1.nspname as table_schema,
  tab.relname as table_name,
  ns2.nspname as foreign_table_schema,
  other.relname as foreign_table_name,
  traint.conname as constraint_name,
  column_info.cols_and_fcols,
  column_info.attnums,
  coalesce(column_info.cols in (select * from jsonb_array_elements(pks_uqs.cols)), false) as one_to_one
from pg_constraint traint
join lateral (
  select
    json_agg(json_build_array(cols.attname, refs.attname) order by ord) as cols_and_fcols,
    json_agg(json_build_array(cols.attnum, refs.attnum) order by ord) as attnums,
    jsonb_agg(cols.attname order by cols.attnum) as cols
  from unnest(traint.conkey, traint.confkey) with ordinality as _(col, ref, ord)
  join pg_attribute cols on cols.attrelid = traint.conrelid and cols.attnum = col
  join pg_attribute refs on refs.attrelid = traint.confrelid and refs.attnum = ref
) as column_info on true
join pg_class tab on tab.oid = traint.conrelid
join pg_namespace ns1 on ns1.oid = tab.relnamespace
join pg_class other on other.oid = traint.confrelid
join pg_namespace ns2 on ns2.oid = other.relnamespace
left join pks_uniques_cols pks_uqs on pks_uqs.conrelid = traint.conrelid
where traint.contype = 'f' and traint.conparentid = 0
order by traint.conrelid, traint.conname`;

/** Functions in the schemas `$1` that PostgREST can call. */
export const FUNCTIONS_SQL = `
with base_types as (
  with recursive recurse as (
    select oid, typbasetype, coalesce(nullif(typbasetype, 0), oid) as base from pg_type
    union
    select t.oid, b.typbasetype, coalesce(nullif(b.typbasetype, 0), b.oid) as base
    from recurse t join pg_type b on t.typbasetype = b.oid
  )
  select oid, base from recurse where typbasetype = 0
),
arguments as (
  select
    oid,
    json_agg(json_build_object(
      'name', coalesce(name, ''),
      'type', type::regtype::text,
      'type_max_length', case type
        when 'bit'::regtype then 'bit varying'
        when 'bit[]'::regtype then 'bit varying[]'
        when 'character'::regtype then 'character varying'
        when 'character[]'::regtype then 'character varying[]'
        else type::regtype::text end,
      'required', idx <= (pronargs - pronargdefaults),
      'variadic', coalesce(mode = 'v', false)
    ) order by idx) filter (where mode is null or mode in ('i', 'b', 'v')) as args,
    json_agg(name order by idx) filter (where mode in ('o', 'b', 't')) as out_names,
    case count(*) filter (where mode is null or mode in ('i', 'b', 'v'))
           - count(name) filter (where mode is null or mode in ('i', 'b', 'v'))
      when 0 then true
      when 1 then (array_agg(type) filter (where mode is null or mode in ('i', 'b', 'v')))[1]
        in ('bytea'::regtype, 'json'::regtype, 'jsonb'::regtype, 'text'::regtype, 'xml'::regtype)
      else false
    end as callable
  from pg_proc,
    unnest(proargnames, coalesce(proallargtypes, proargtypes::oid[]), proargmodes)
      with ordinality as _(name, type, mode, idx)
  where type is not null
  group by oid
)
select
  pn.nspname as schema,
  p.proname as name,
  d.description,
  coalesce(a.args, '[]') as args,
  coalesce(a.out_names, '[]') as out_names,
  tn.nspname as return_schema,
  coalesce(comp.relname, t.typname) as return_name,
  p.proretset as returns_set,
  (t.typtype = 'c' or coalesce(proargmodes::text[] && '{t,b,o}', false)) as returns_composite,
  bt.oid <> bt.base as returns_composite_alias,
  coalesce((
    select json_agg(attr.attname order by attr.attnum)
    from pg_attribute attr
    where attr.attrelid = t.typrelid and attr.attnum > 0 and not attr.attisdropped
  ), '[]') as composite_columns,
  p.provolatile as volatility,
  p.provariadic <> 0 as has_variadic
from pg_proc p
left join arguments a on a.oid = p.oid
join pg_namespace pn on pn.oid = p.pronamespace
join base_types bt on bt.oid = p.prorettype
join pg_type t on t.oid = bt.base
join pg_namespace tn on tn.oid = t.typnamespace
left join pg_class comp on comp.oid = t.typrelid
left join pg_description d on d.objoid = p.oid and d.classoid = 'pg_proc'::regclass
where t.oid <> 'trigger'::regtype
  and coalesce(a.callable, true)
  and p.prokind = 'f'
  and pn.nspname = any($1::text[])
order by pn.nspname, p.proname, p.oid`;

/** Type names accepted in `::type` casts: every type and the name format_type gives it. */
export const TYPE_NAMES_SQL = `
select distinct lower(name) as name
from pg_type t,
  lateral (values (t.typname::text), (format_type(t.oid, null))) as names(name)
where t.typtype in ('b', 'c', 'd', 'e', 'm', 'r')
  and t.typisdefined
  and name not like '%.%'
  and name !~ '^_'`;
