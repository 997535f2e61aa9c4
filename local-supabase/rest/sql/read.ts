import type { PlanSelectField, Qualifier, ReadNode } from '../plan/types.ts';
import { relationshipIsToOne } from '../schema/types.ts';
import {
  SqlParams,
  columnSql,
  fieldSql,
  ident,
  limitOffsetSql,
  logicSql,
  orderSql,
  qualifierSql,
} from './fragments.ts';

/** Name of the CTE that contains a request's rows (PostgREST's `pgrst_source`). */
export const SOURCE = 'pgrst_source';

/** Returns what qualifies this node's columns: its alias, or the relation's name. */
export function nodeQualifier(node: ReadNode): Qualifier {
  if (node.fromAlias !== null) return node.fromAlias;
  return node.from === 'source' ? SOURCE : node.from;
}

function fromSql(node: ReadNode): string {
  const relation = node.from === 'source' ? ident(SOURCE) : qualifierSql(node.from);
  const alias = node.fromAlias === null ? '' : ` AS ${ident(node.fromAlias)}`;
  const card = node.relationship?.cardinality;
  const junction = card?.kind === 'm2m' ? `, ${qualifierSql(card.junction.table)}` : '';
  return `FROM ${relation}${alias}${junction}`;
}

function selectItemSql(qualifier: Qualifier, item: PlanSelectField, params: SqlParams): string {
  let sql = fieldSql(qualifier, item.field, params);
  if (item.cast !== null) sql = `CAST( ${sql} AS ${item.cast} )`;
  return item.alias === null ? sql : `${sql} AS ${ident(item.alias)}`;
}

/** True when neither the node nor anything under it selects a column: the embed only filters. */
function isEmptyEmbed(node: ReadNode): boolean {
  return node.select.length === 0 && node.children.every(isEmptyEmbed);
}

/** Names a spread node contributes to its parent, as PostgREST's `generateSpreadSelectFields`. */
function spreadNames(node: ReadNode): string[] {
  const own = node.select.map((item) => item.alias ?? item.field.column);
  const nested = node.children.flatMap((child) => {
    if (child.isSpread) return spreadNames(child);
    return isEmptyEmbed(child) ? [] : [child.relationAlias ?? child.relationName];
  });
  return [...own, ...nested];
}

function joinSelectSql(child: ReadNode): string | null {
  const alias = ident(child.aggregateAlias);
  if (child.isSpread) {
    const names = spreadNames(child);
    if (names.length === 0) return null;
    return names
      .map((name) => (name === '*' ? `${alias}.*` : `${alias}.${ident(name)}`))
      .join(', ');
  }
  if (isEmptyEmbed(child)) return null;
  const name = ident(child.relationAlias ?? child.relationName);
  const toOne = child.relationship !== null && relationshipIsToOne(child.relationship);
  return toOne
    ? `row_to_json(${alias}.*)::jsonb AS ${name}`
    : `COALESCE( ${alias}.${alias}, '[]') AS ${name}`;
}

function joinSql(child: ReadNode, params: SqlParams): string {
  const alias = ident(child.aggregateAlias);
  const join = child.joinType === 'inner' ? 'INNER' : 'LEFT';
  const subquery = readQuery(child, params);
  const toOne =
    child.isSpread || (child.relationship !== null && relationshipIsToOne(child.relationship));
  if (toOne) return `${join} JOIN LATERAL ( ${subquery} ) AS ${alias} ON TRUE`;
  const aggregated = `SELECT json_agg(${alias})::jsonb AS ${alias} FROM (${subquery} ) AS ${alias}`;
  const condition = child.joinType === 'inner' ? `${alias} IS NOT NULL` : 'TRUE';
  return `${join} JOIN LATERAL ( ${aggregated} ) AS ${alias} ON ${condition}`;
}

function joinConditionSql(node: ReadNode): string[] {
  return node.joinConditions.map(
    ({ left, right }) => `${columnSql(left[0], left[1])} = ${columnSql(right[0], right[1])}`,
  );
}

/** Builds the SELECT for one node and, through lateral joins, everything embedded in it. */
export function readQuery(node: ReadNode, params: SqlParams): string {
  const qualifier = nodeQualifier(node);
  const fields =
    node.select.length === 0 && node.children.length === 0
      ? [columnSql(qualifier, '*')]
      : node.select.map((item) => selectItemSql(qualifier, item, params));
  const joinSelects = node.children.map(joinSelectSql).filter((sql): sql is string => sql !== null);
  const joins = node.children.map((child) => joinSql(child, params));
  const conditions = [
    ...node.where.map((tree) => logicSql(qualifier, tree, params)),
    ...joinConditionSql(node),
  ];
  return [
    `SELECT ${[...fields, ...joinSelects].join(', ')}`,
    fromSql(node),
    ...joins,
    conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`,
    orderSql(qualifier, node.order, params),
    limitOffsetSql(node.range, params),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * Builds the query a count covers: the root's filters without its range.
 * Inner joins become EXISTS so that they still remove rows (`readPlanToCountQuery`).
 */
export function countQuery(node: ReadNode, params: SqlParams): string {
  const qualifier = nodeQualifier(node);
  const conditions: string[] = [];
  for (const tree of node.where) {
    if (tree.kind === 'null-embed') {
      const child = node.children.find((c) => c.aggregateAlias === tree.aggregateAlias);
      if (child !== undefined) {
        conditions.push(`${tree.negated ? '' : 'NOT '}EXISTS (${countQuery(child, params)})`);
      }
    } else {
      conditions.push(logicSql(qualifier, tree, params));
    }
  }
  conditions.push(...joinConditionSql(node));
  for (const child of node.children) {
    if (child.joinType === 'inner') conditions.push(`EXISTS (${countQuery(child, params)} )`);
  }
  const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
  return `SELECT 1 ${fromSql(node)}${where}`;
}
