/**
 * The syntax tree of a PostgREST request's query string, before any name in
 * it is checked against the schema cache. Shapes follow PostgREST 12.2's
 * `ApiRequest/Types.hs`.
 */

export interface JsonOperation {
  arrow: '->' | '->>';
  /** An object key, or an array index written with its sign (`+1`, `-2`). */
  operand: { kind: 'key' | 'index'; value: string };
}

export interface Field {
  name: string;
  jsonPath: JsonOperation[];
}

export type AggregateFunction = 'count' | 'sum' | 'avg' | 'max' | 'min';

export interface SelectField {
  kind: 'field';
  field: Field;
  alias: string | null;
  cast: string | null;
  aggregate: AggregateFunction | null;
  aggregateCast: string | null;
}

export interface SelectRelation {
  kind: 'relation';
  name: string;
  alias: string | null;
  hint: string | null;
  joinType: 'inner' | 'left' | null;
  spread: boolean;
  children: SelectItem[];
}

export type SelectItem = SelectField | SelectRelation;

export type QuantOperator =
  'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'like' | 'ilike' | 'match' | 'imatch';
export type SimpleOperator = 'neq' | 'cs' | 'cd' | 'ov' | 'sl' | 'sr' | 'nxr' | 'nxl' | 'adj';
export type FtsOperator = 'fts' | 'plfts' | 'phfts' | 'wfts';

export type Operation =
  | { kind: 'quant'; operator: QuantOperator; quantifier: 'any' | 'all' | null; value: string }
  | { kind: 'simple'; operator: SimpleOperator; value: string }
  | { kind: 'in'; values: string[] }
  | { kind: 'is'; value: 'null' | 'unknown' | 'true' | 'false' }
  | { kind: 'isdistinct'; value: string }
  | { kind: 'fts'; operator: FtsOperator; language: string | null; value: string };

export interface Filter {
  field: Field;
  negated: boolean;
  operation: Operation;
}

export type LogicTree =
  | { kind: 'expr'; negated: boolean; operator: 'and' | 'or'; children: LogicTree[] }
  | { kind: 'filter'; filter: Filter };

export interface OrderTerm {
  /** Set for `rel(col)` terms, which order by a column of a to-one embedded resource. */
  relation: string | null;
  field: Field;
  direction: 'asc' | 'desc' | null;
  nulls: 'first' | 'last' | null;
}

/** Rows to skip and the maximum to return; `limit` null means no limit. */
export interface RowRange {
  offset: number;
  limit: number | null;
}

/** A path of embedded resource names (or aliases) from the root; empty for the root. */
export type EmbedPath = string[];

export interface QueryParams {
  select: SelectItem[];
  filters: { path: EmbedPath; filter: Filter }[];
  /** Parameters of a GET or HEAD RPC call that carry no operator: the function's arguments. */
  rpcArguments: [string, string][];
  logic: { path: EmbedPath; tree: LogicTree }[];
  order: { path: EmbedPath; terms: OrderTerm[] }[];
  /** `limit`/`offset` per level, keyed by the dotted path (`''` for the root). */
  ranges: Map<string, RowRange>;
  /** True when a `limit` parameter of 0 was given for the root. */
  rootLimitZero: boolean;
  columns: string[] | null;
  onConflict: string[] | null;
  /** Names of every filter parameter, for PUT-style checks and the Location header. */
  filterFields: string[];
  /** The parameters sorted by name and URL-encoded, as PostgREST's Content-Location uses them. */
  canonical: string;
}
