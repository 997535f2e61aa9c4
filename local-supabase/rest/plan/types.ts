import type { JsonOperation, Operation, RowRange } from '../parse/types.ts';
import type { QualifiedName, Relationship } from '../schema/types.ts';

/**
 * The read plan: the select tree with every name checked against the schema
 * cache, ready for the SQL builder (PostgREST 12.2's `Plan/ReadPlan.hs`).
 */

/** The qualifier of a column reference: a table's name or an alias. */
export type Qualifier = QualifiedName | string;

export interface ResolvedField {
  column: string;
  jsonPath: JsonOperation[];
  /** True when a JSON path applies to a column that is not json or jsonb (`to_jsonb(col)->...`). */
  toJson: boolean;
}

export interface PlanSelectField {
  field: ResolvedField;
  /** A type name from the schema cache's list of accepted casts. */
  cast: string | null;
  alias: string | null;
}

export type PlanLogic =
  | { kind: 'expr'; negated: boolean; operator: 'and' | 'or'; children: PlanLogic[] }
  | { kind: 'filter'; field: ResolvedField; negated: boolean; operation: Operation }
  /** `rel=is.null` or `rel=not.is.null` on an embedded resource. */
  | { kind: 'null-embed'; negated: boolean; aggregateAlias: string };

export interface PlanOrderTerm {
  /** Set when ordering by a column of a to-one embedded resource: its lateral alias. */
  relationAlias: string | null;
  field: ResolvedField;
  direction: 'asc' | 'desc' | null;
  nulls: 'first' | 'last' | null;
}

export interface JoinCondition {
  left: [Qualifier, string];
  right: [Qualifier, string];
}

export interface ReadNode {
  /** The relation read, or `pgrst_source` (a mutation's or function call's result). */
  from: QualifiedName | 'source';
  fromAlias: string | null;
  /** Known columns of `from`; null when they cannot be known (any name is then accepted). */
  columns: Map<string, { dataType: string }> | null;
  relationName: string;
  relationAlias: string | null;
  relationHint: string | null;
  joinType: 'inner' | 'left' | null;
  isSpread: boolean;
  select: PlanSelectField[];
  where: PlanLogic[];
  order: PlanOrderTerm[];
  range: RowRange;
  relationship: Relationship | null;
  joinConditions: JoinCondition[];
  /** Alias of this node's lateral subquery in its parent. */
  aggregateAlias: string;
  depth: number;
  children: ReadNode[];
}

/** A column missing from the schema cache; the handler then queries Postgres for its exact error. */
export class MissingColumnError extends Error {
  constructor(
    readonly node: ReadNode,
    readonly column: string,
  ) {
    super(`column ${column} is not in the schema cache`);
    this.name = 'MissingColumnError';
  }
}
