import type { JsonOperation, Operation, RowRange } from '../parse/types.ts';
import type { PlanLogic, PlanOrderTerm, Qualifier, ResolvedField } from '../plan/types.ts';

/**
 * Collects bound parameters. Every value from a request goes through `add`
 * and reaches Postgres as an untyped parameter, which Postgres types from
 * its context, as PostgREST's "unknown" encoder does.
 */
export class SqlParams {
  readonly values: (string | null)[] = [];

  add(value: string | null): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Quotes an identifier; PostgREST cuts names at a NUL character, which Postgres cannot store. */
export function ident(name: string): string {
  const cut = name.includes('\0') ? name.slice(0, name.indexOf('\0')) : name;
  return `"${cut.replaceAll('"', '""')}"`;
}

export function qualifierSql(qualifier: Qualifier): string {
  if (typeof qualifier === 'string') return ident(qualifier);
  return qualifier.schema === ''
    ? ident(qualifier.name)
    : `${ident(qualifier.schema)}.${ident(qualifier.name)}`;
}

export function columnSql(qualifier: Qualifier, column: string): string {
  return column === '*'
    ? `${qualifierSql(qualifier)}.*`
    : `${qualifierSql(qualifier)}.${ident(column)}`;
}

function jsonPathSql(path: JsonOperation[], params: SqlParams): string {
  return path
    .map(({ arrow, operand }) =>
      operand.kind === 'key'
        ? `${arrow}${params.add(operand.value)}`
        : `${arrow}${params.add(operand.value)}::int`,
    )
    .join('');
}

export function fieldSql(qualifier: Qualifier, field: ResolvedField, params: SqlParams): string {
  const column = columnSql(qualifier, field.column);
  if (field.jsonPath.length === 0) return column;
  const base = field.toJson ? `to_jsonb(${column})` : column;
  return base + jsonPathSql(field.jsonPath, params);
}

/** Builds a Postgres array literal of the values, each quoted and escaped, as PostgREST does for `in`. */
export function arrayLiteral(values: string[]): string {
  const escaped = values.map((value) => {
    const cut = value.includes('\0') ? value.slice(0, value.indexOf('\0')) : value;
    return `"${cut.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  });
  return `{${escaped.join(',')}}`;
}

const QUANT_SQL = {
  eq: '=',
  gte: '>=',
  gt: '>',
  lte: '<=',
  lt: '<',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
} as const;

const SIMPLE_SQL = {
  neq: '<>',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
} as const;

const FTS_SQL = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
} as const;

function operationSql(operation: Operation, params: SqlParams): string {
  switch (operation.kind) {
    case 'quant': {
      const isLike = operation.operator === 'like' || operation.operator === 'ilike';
      // PostgREST lets `*` stand for `%` in like patterns, since `%` is awkward in URLs.
      const value = params.add(isLike ? operation.value.replaceAll('*', '%') : operation.value);
      const operand =
        operation.quantifier === null ? value : `${operation.quantifier.toUpperCase()}(${value})`;
      return `${QUANT_SQL[operation.operator]} ${operand}`;
    }
    case 'simple':
      return `${SIMPLE_SQL[operation.operator]} ${params.add(operation.value)}`;
    case 'in':
      if (operation.values.length === 1 && operation.values[0] === '') return `= ANY('{}')`;
      return `= ANY (${params.add(arrayLiteral(operation.values))})`;
    case 'is':
      return `IS ${operation.value.toUpperCase()}`;
    case 'isdistinct':
      return `IS DISTINCT FROM ${params.add(operation.value)}`;
    case 'fts': {
      const language = operation.language === null ? '' : `${params.add(operation.language)}, `;
      return `@@ ${FTS_SQL[operation.operator]}(${language}${params.add(operation.value)})`;
    }
  }
}

export function logicSql(qualifier: Qualifier, tree: PlanLogic, params: SqlParams): string {
  switch (tree.kind) {
    case 'expr': {
      const joiner = tree.operator === 'and' ? ' AND ' : ' OR ';
      const inner = tree.children.map((child) => logicSql(qualifier, child, params)).join(joiner);
      return `${tree.negated ? 'NOT ' : ''}(${inner})`;
    }
    case 'filter': {
      const field = fieldSql(qualifier, tree.field, params);
      return `${tree.negated ? 'NOT ' : ''}${field} ${operationSql(tree.operation, params)}`;
    }
    case 'null-embed':
      return `${ident(tree.aggregateAlias)} IS ${tree.negated ? '' : 'NOT '}DISTINCT FROM NULL`;
  }
}

export function orderSql(qualifier: Qualifier, terms: PlanOrderTerm[], params: SqlParams): string {
  if (terms.length === 0) return '';
  const parts = terms.map((term) => {
    const target = term.relationAlias ?? qualifier;
    const direction = term.direction === null ? '' : ` ${term.direction.toUpperCase()}`;
    const nulls = term.nulls === null ? '' : ` NULLS ${term.nulls.toUpperCase()}`;
    return `${fieldSql(target, term.field, params)}${direction}${nulls}`;
  });
  return `ORDER BY ${parts.join(', ')}`;
}

export function limitOffsetSql(range: RowRange, params: SqlParams): string {
  if (range.offset === 0 && range.limit === null) return '';
  const limit = range.limit === null ? 'ALL' : params.add(String(Math.max(range.limit, 0)));
  return `LIMIT ${limit} OFFSET ${params.add(String(range.offset))}`;
}
