import { RestError } from '../errors.ts';
import type { Field, LogicTree, SelectField } from '../parse/types.ts';
import type { SchemaCache } from '../schema/types.ts';
import type { DraftNode } from './read-plan.ts';
import {
  MissingColumnError,
  type PlanLogic,
  type PlanOrderTerm,
  type PlanSelectField,
  type ReadNode,
  type ResolvedField,
} from './types.ts';

/** Checks `field` against the node's columns; `*` is always accepted. */
export function resolveField(node: DraftNode | ReadNode, field: Field): ResolvedField {
  if (field.name === '*') return { column: '*', jsonPath: [], toJson: false };
  let dataType: string | null = null;
  if (node.columns !== null) {
    const column = node.columns.get(field.name);
    if (column === undefined) throw new MissingColumnError(node as ReadNode, field.name);
    dataType = column.dataType;
  }
  // Columns that are already json or jsonb take arrows directly, so their indexes still apply.
  const toJson = field.jsonPath.length > 0 && dataType !== 'json' && dataType !== 'jsonb';
  return { column: field.name, jsonPath: field.jsonPath, toJson };
}

/** A cast must name a type known to the database; the name is then safe to put in SQL. */
function resolveCast(cache: SchemaCache, cast: string | null): string | null {
  if (cast === null) return null;
  const normalized = cast.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!cache.typeNames.has(normalized)) {
    throw new RestError(400, { code: '42704', message: `type "${cast}" does not exist` });
  }
  return normalized;
}

/**
 * Returns the name PostgREST gives a column selected through a JSON path:
 * the last key, or the column name when the path holds only indexes.
 */
function defaultAlias(field: Field): string | null {
  if (field.jsonPath.length === 0) return null;
  const last = field.jsonPath[field.jsonPath.length - 1];
  if (last?.operand.kind === 'key') return last.operand.value;
  const lastKey = [...field.jsonPath].reverse().find((op) => op.operand.kind === 'key');
  return lastKey?.operand.value ?? field.name;
}

function resolveSelect(node: DraftNode, cache: SchemaCache, item: SelectField): PlanSelectField {
  return {
    field: resolveField(node, item.field),
    cast: resolveCast(cache, item.cast),
    alias: item.alias ?? defaultAlias(item.field),
  };
}

function resolveLogic(node: DraftNode, tree: LogicTree): PlanLogic {
  if (tree.kind === 'expr') {
    return {
      kind: 'expr',
      negated: tree.negated,
      operator: tree.operator,
      children: tree.children.map((child) => resolveLogic(node, child)),
    };
  }
  const { field, negated, operation } = tree.filter;
  return { kind: 'filter', field: resolveField(node, field), negated, operation };
}

/**
 * `rel=is.null` (or `not.is.null`) on an embedded resource filters on
 * whether the embedding found a row; any other top-level filter is kept.
 */
function nullEmbedFilter(node: DraftNode, tree: LogicTree): PlanLogic | null {
  if (tree.kind !== 'filter') return null;
  const { field, negated, operation } = tree.filter;
  if (field.jsonPath.length > 0 || operation.kind !== 'is' || operation.value !== 'null')
    return null;
  const child = node.children.find((c) => (c.relationAlias ?? c.relationName) === field.name);
  return child === undefined
    ? null
    : { kind: 'null-embed', negated, aggregateAlias: child.aggregateAlias };
}

function resolveOrder(node: DraftNode): PlanOrderTerm[] {
  return node.orderTerms.map((term) => {
    if (term.relation === null) {
      return {
        relationAlias: null,
        field: resolveField(node, term.field),
        direction: term.direction,
        nulls: term.nulls,
      };
    }
    const child = node.children.find((c) => (c.relationAlias ?? c.relationName) === term.relation);
    const target = child as DraftNode;
    return {
      relationAlias: target.aggregateAlias,
      field: resolveField(target, term.field),
      direction: term.direction,
      nulls: term.nulls,
    };
  });
}

/** Resolves every name in the draft tree; unknown columns raise MissingColumnError. */
export function resolveNode(node: DraftNode, cache: SchemaCache): ReadNode {
  const { selectItems, logic, orderTerms: _orderTerms, children, ...rest } = node;
  return {
    ...rest,
    select: selectItems.map((item) => resolveSelect(node, cache, item)),
    where: logic.map((tree) => nullEmbedFilter(node, tree) ?? resolveLogic(node, tree)),
    order: resolveOrder(node),
    children: children.map((child) => resolveNode(child, cache)),
  };
}
