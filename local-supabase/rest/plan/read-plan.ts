import {
  aggregatesNotAllowed,
  notEmbedded,
  relatedOrderNotToOne,
  spreadNotToOne,
} from '../errors.ts';
import type {
  EmbedPath,
  LogicTree,
  OrderTerm,
  QueryParams,
  RowRange,
  SelectField,
  SelectItem,
} from '../parse/types.ts';
import { findRelationship } from '../schema/find-relationship.ts';
import {
  knownNames,
  relationshipIsToOne,
  type QualifiedName,
  type SchemaCache,
} from '../schema/types.ts';
import { joinConditions } from './joins.ts';
import { resolveNode } from './resolve.ts';
import type { ReadNode } from './types.ts';

/** A plan node before its names are resolved: the parsed pieces still attached. */
export interface DraftNode extends Omit<ReadNode, 'select' | 'where' | 'order' | 'children'> {
  selectItems: SelectField[];
  logic: LogicTree[];
  orderTerms: OrderTerm[];
  children: DraftNode[];
}

export interface ReadPlanInput {
  cache: SchemaCache;
  schema: string;
  /** Name the root is known by: its table, or what a function returns. */
  rootName: string;
  /** The relation read at the root; null when the root reads `pgrst_source`. */
  rootTable: QualifiedName | null;
  /** Columns of the root when it reads `pgrst_source`; null when unknown. */
  rootColumns: Map<string, { dataType: string }> | null;
  params: QueryParams;
  action: 'read' | 'mutate' | 'call';
  /** The root's range, after the Range header, `limit`/`offset` and `max_rows`. */
  rootRange: RowRange;
  maxRows: number | null;
}

function restrictRange(range: RowRange, maxRows: number | null): RowRange {
  if (maxRows === null) return range;
  const limit = range.limit === null ? maxRows : Math.min(range.limit, maxRows);
  return { offset: range.offset, limit };
}

function draftFor(
  schema: string,
  item: SelectItem & { kind: 'relation' },
  depth: number,
): DraftNode {
  const node = emptyDraft({ schema, name: item.name }, item.name, depth);
  node.relationAlias = item.alias;
  node.relationHint = item.hint;
  node.joinType = item.joinType;
  node.isSpread = item.spread;
  addItems(schema, node, item.children);
  return node;
}

function emptyDraft(from: ReadNode['from'], relationName: string, depth: number): DraftNode {
  return {
    from,
    fromAlias: null,
    columns: null,
    relationName,
    relationAlias: null,
    relationHint: null,
    joinType: null,
    isSpread: false,
    selectItems: [],
    logic: [],
    orderTerms: [],
    range: { offset: 0, limit: null },
    relationship: null,
    joinConditions: [],
    aggregateAlias: '',
    depth,
    children: [],
  };
}

function addItems(schema: string, node: DraftNode, items: SelectItem[]): void {
  for (const item of items) {
    if (item.kind === 'field') {
      if (item.aggregate !== null) throw aggregatesNotAllowed();
      node.selectItems.push(item);
    } else {
      node.children.push(draftFor(schema, item, node.depth + 1));
    }
  }
}

/** Finds the node at `path` below `root`, raising PGRST108 for a name that is not embedded. */
function nodeAt(root: DraftNode, path: EmbedPath): DraftNode {
  let node = root;
  for (const name of path) {
    const child = node.children.find((c) => c.relationName === name || c.relationAlias === name);
    if (child === undefined) throw notEmbedded(name);
    node = child;
  }
  return node;
}

function addRelationships(input: ReadPlanInput, parent: DraftNode): void {
  const parentName = parent.from === 'source' ? input.rootName : parent.from.name;
  for (const child of parent.children) {
    const rel = findRelationship(
      input.cache,
      input.schema,
      parentName,
      child.relationName,
      child.relationHint,
    );
    child.from = rel.foreignTable;
    child.relationship = rel;
    child.columns = knownNames(input.cache, rel.foreignTable);
    child.aggregateAlias = `${rel.table.name}_${child.relationAlias ?? child.relationName}_${child.depth}`;
    // Many-to-many joins through the junction table in the same FROM, so the target keeps its name.
    child.fromAlias =
      rel.cardinality.kind === 'm2m' ? null : `${rel.foreignTable.name}_${child.depth}`;
    child.joinConditions = joinConditions(rel, child.fromAlias, parent.fromAlias);
    if (child.isSpread && !relationshipIsToOne(rel)) {
      throw spreadNotToOne(rel.table.name, child.relationName);
    }
    addRelationships(input, child);
  }
}

function checkRelatedOrders(node: DraftNode): void {
  for (const term of node.orderTerms) {
    if (term.relation === null) continue;
    const child = node.children.find((c) => (c.relationAlias ?? c.relationName) === term.relation);
    if (child === undefined) throw notEmbedded(term.relation);
    if (child.relationship === null || !relationshipIsToOne(child.relationship)) {
      const origin = node.from === 'source' ? (node.fromAlias ?? '') : node.from.name;
      throw relatedOrderNotToOne(origin, term.relation);
    }
  }
  node.children.forEach(checkRelatedOrders);
}

/**
 * Builds the read plan for a request: the select tree, filters, order and
 * ranges at each level, and the relationship behind each embedded resource.
 * Follows the stages of PostgREST 12.2's `readPlan`.
 */
export function buildReadPlan(input: ReadPlanInput): ReadNode {
  const { params, action, schema } = input;
  const rootFrom = input.rootTable ?? 'source';
  const root = emptyDraft(rootFrom, input.rootName, 0);
  if (input.rootTable === null) {
    root.fromAlias = input.rootName;
    root.columns = input.rootColumns;
  } else {
    root.columns = knownNames(input.cache, input.rootTable);
    if (action !== 'read') {
      // Mutations read their result from the pgrst_source CTE under the table's name.
      root.from = 'source';
      root.fromAlias = input.rootTable.name;
    }
  }
  addItems(schema, root, params.select);

  for (const { path, filter } of params.filters) {
    if (action === 'mutate' && path.length === 0) continue;
    nodeAt(root, path).logic.push({ kind: 'filter', filter });
  }
  if (action !== 'mutate') {
    for (const { path, terms } of params.order) nodeAt(root, path).orderTerms = terms;
    for (const [key, range] of params.ranges) {
      if (key !== '') nodeAt(root, key.split('.')).range = range;
    }
    root.range = input.rootRange;
  }
  for (const { path, tree } of params.logic) nodeAt(root, path).logic.push(tree);

  addRelationships(input, root);
  checkRelatedOrders(root);

  const restrict = (node: DraftNode): void => {
    if (action !== 'mutate') node.range = restrictRange(node.range, input.maxRows);
    node.children.forEach(restrict);
  };
  restrict(root);
  return resolveNode(root, input.cache);
}
