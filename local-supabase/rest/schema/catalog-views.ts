/**
 * Catalog queries for relationships through views: each view's stored
 * query, and the primary key of every table a view may read from.
 */

/** Views and materialized views in every user schema, with their stored query as node-tree text. */
export const VIEWS_SQL = `
select c.oid::bigint as oid, r.ev_action::text as definition
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_rewrite r on r.ev_class = c.oid and r.rulename = '_RETURN'
where c.relkind in ('v', 'm')
  and n.nspname not in ('pg_catalog', 'information_schema')`;

/** Primary key attribute numbers of every table, in key order. */
export const PRIMARY_KEYS_SQL = `
select pk.conrelid::bigint as table_oid, json_agg(k.attnum order by k.ord) as attnums
from pg_constraint pk
cross join lateral unnest(pk.conkey) with ordinality as k(attnum, ord)
where pk.contype = 'p'
group by pk.conrelid`;
