import { RestError } from '../errors.ts';
import { fuzzyBest, fuzzyMatches } from '../fuzzy.ts';
import {
  qualifiedKey,
  type Cardinality,
  type QualifiedName,
  type Relationship,
  type SchemaCache,
  type Table,
} from './types.ts';

export interface ForeignKeyRow {
  table_schema: string;
  table_name: string;
  foreign_table_schema: string;
  foreign_table_name: string;
  constraint_name: string;
  cols_and_fcols: [string, string][];
  one_to_one: boolean;
}

const swap = (pairs: [string, string][]): [string, string][] => pairs.map(([a, b]) => [b, a]);
const sameName = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

type SortKey = (string | number | SortKey)[];

const CARDINALITY_ORDER = { o2m: 0, m2o: 1, o2o: 2, m2m: 3 };

function cardinalityKey(cardinality: Cardinality): SortKey {
  const order = CARDINALITY_ORDER[cardinality.kind];
  if (cardinality.kind === 'm2m') {
    const { table, constraint1, constraint2, sourceColumns, targetColumns } = cardinality.junction;
    return [
      order,
      [table.schema, table.name],
      constraint1,
      constraint2,
      sourceColumns,
      targetColumns,
    ];
  }
  const parent = cardinality.kind === 'o2o' ? [cardinality.isParent ? 1 : 0] : [];
  return [order, cardinality.constraint, cardinality.columns, ...parent];
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] as SortKey[number];
    const y = b[i] as SortKey[number];
    const result =
      Array.isArray(x) && Array.isArray(y) ? compareKeys(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (result !== 0) return result;
  }
  return a.length - b.length;
}

/** Sorts as Haskell's derived `Ord Relationship` does, which fixes the order of PGRST201's details. */
function relationshipKey(rel: Relationship): SortKey {
  return [
    [rel.table.schema, rel.table.name],
    [rel.foreignTable.schema, rel.foreignTable.name],
    rel.isSelf ? 1 : 0,
    cardinalityKey(rel.cardinality),
    rel.tableIsView ? 1 : 0,
    rel.foreignTableIsView ? 1 : 0,
  ];
}

/**
 * Builds every relationship PostgREST infers from foreign keys: many-to-one
 * (or one-to-one), the inverse one-to-many, and many-to-many through a
 * junction table whose two foreign keys are part of its primary key.
 * NOTE: PostgREST also infers relationships of views from their definitions;
 * this cache does not, so views can be read but not embedded.
 */
export function buildRelationships(
  foreignKeys: ForeignKeyRow[],
  tables: Map<string, Table>,
  schemas: string[],
): Map<string, Relationship[]> {
  const isView = (name: QualifiedName) => tables.get(qualifiedKey(name))?.isView ?? false;
  const direct: Relationship[] = foreignKeys.map((row) => {
    const table = { schema: row.table_schema, name: row.table_name };
    const foreignTable = { schema: row.foreign_table_schema, name: row.foreign_table_name };
    const cardinality: Cardinality = row.one_to_one
      ? {
          kind: 'o2o',
          constraint: row.constraint_name,
          columns: row.cols_and_fcols,
          isParent: false,
        }
      : { kind: 'm2o', constraint: row.constraint_name, columns: row.cols_and_fcols };
    return {
      table,
      foreignTable,
      isSelf: sameName(table, foreignTable),
      cardinality,
      tableIsView: isView(table),
      foreignTableIsView: isView(foreignTable),
    };
  });

  const manyToMany: Relationship[] = [];
  for (const first of direct) {
    for (const second of direct) {
      if (first.cardinality.kind !== 'm2o' || second.cardinality.kind !== 'm2o') continue;
      if (!sameName(first.table, second.table)) continue;
      if (first.cardinality.constraint === second.cardinality.constraint) continue;
      const junctionColumns = [...first.cardinality.columns, ...second.cardinality.columns].map(
        ([column]) => column,
      );
      const primaryKey = tables.get(qualifiedKey(first.table))?.primaryKey ?? [];
      if (!junctionColumns.every((column) => primaryKey.includes(column))) continue;
      manyToMany.push({
        table: first.foreignTable,
        foreignTable: second.foreignTable,
        isSelf: sameName(first.foreignTable, second.foreignTable),
        cardinality: {
          kind: 'm2m',
          junction: {
            table: first.table,
            constraint1: first.cardinality.constraint,
            constraint2: second.cardinality.constraint,
            sourceColumns: swap(first.cardinality.columns),
            targetColumns: swap(second.cardinality.columns),
          },
        },
        tableIsView: first.foreignTableIsView,
        foreignTableIsView: second.foreignTableIsView,
      });
    }
  }

  const inverse: Relationship[] = [];
  for (const rel of direct) {
    const card = rel.cardinality;
    let cardinality: Cardinality;
    if (card.kind === 'm2o') {
      cardinality = { kind: 'o2m', constraint: card.constraint, columns: swap(card.columns) };
    } else if (card.kind === 'o2o') {
      const { constraint, columns, isParent } = card;
      cardinality = { kind: 'o2o', constraint, columns: swap(columns), isParent: !isParent };
    } else {
      continue;
    }
    inverse.push({
      table: rel.foreignTable,
      foreignTable: rel.table,
      isSelf: rel.isSelf,
      cardinality,
      tableIsView: rel.foreignTableIsView,
      foreignTableIsView: rel.tableIsView,
    });
  }

  // Only relationships between exposed schemas, through exposed junctions, are visible.
  const exposed = (name: QualifiedName) => schemas.includes(name.schema);
  const visible = [...direct, ...manyToMany, ...inverse].filter(
    (rel) =>
      exposed(rel.table) &&
      exposed(rel.foreignTable) &&
      (rel.cardinality.kind !== 'm2m' || exposed(rel.cardinality.junction.table)),
  );
  const byTable = new Map<string, Relationship[]>();
  for (const rel of visible) {
    const key = qualifiedKey(rel.table);
    byTable.set(key, [...(byTable.get(key) ?? []), rel]);
  }
  for (const rels of byTable.values()) {
    rels.sort((a, b) => compareKeys(relationshipKey(a), relationshipKey(b)));
  }
  return byTable;
}

function singleColumn(card: Cardinality, side: 0 | 1): string | null {
  if (card.kind === 'm2m' || card.columns.length !== 1) return null;
  return (card.columns[0] as [string, string])[side];
}

function constraintOf(card: Cardinality): string | null {
  return card.kind === 'm2m' ? null : card.constraint;
}

function matchesTarget(rel: Relationship, target: string, hint: string | null): boolean {
  const card = rel.cardinality;
  if (rel.isSelf) {
    if (hint === null) {
      return (
        (target === rel.foreignTable.name && card.kind === 'o2m') ||
        (singleColumn(card, 0) === target && card.kind === 'm2o')
      );
    }
    return (
      target === rel.foreignTable.name && card.kind === 'o2m' && singleColumn(card, 1) === hint
    );
  }
  if (hint === null) {
    return (
      target === rel.foreignTable.name ||
      (constraintOf(card) === target && !rel.foreignTableIsView) ||
      (singleColumn(card, 0) === target && !rel.foreignTableIsView)
    );
  }
  return (
    target === rel.foreignTable.name &&
    (constraintOf(card) === hint ||
      singleColumn(card, 0) === hint ||
      singleColumn(card, 1) === hint ||
      (card.kind === 'm2m' && card.junction.table.name === hint))
  );
}

function describeRelationship(rel: Relationship): Record<string, string> {
  const card = rel.cardinality;
  const list = (names: string[]) => `(${names.join(', ')})`;
  const embedding = `${rel.table.name} with ${rel.foreignTable.name}`;
  if (card.kind === 'm2m') {
    const { table, constraint1, constraint2, sourceColumns, targetColumns } = card.junction;
    return {
      cardinality: 'many-to-many',
      embedding,
      relationship: `${table.name} using ${constraint1}${list(sourceColumns.map(([, j]) => j))} and ${constraint2}${list(targetColumns.map(([, j]) => j))}`,
    };
  }
  const names = { m2o: 'many-to-one', o2m: 'one-to-many', o2o: 'one-to-one' };
  return {
    cardinality: names[card.kind],
    embedding,
    relationship: `${card.constraint} using ${rel.table.name}${list(card.columns.map(([c]) => c))} and ${rel.foreignTable.name}${list(card.columns.map(([, f]) => f))}`,
  };
}

/**
 * Relationships from `origin` to tables of the same schema, or undefined
 * when there are none (PostgREST keys its map by origin and target schema).
 */
function relationshipsInSchema(
  cache: SchemaCache,
  schema: string,
  origin: string,
): Relationship[] | undefined {
  const all = cache.relationships.get(qualifiedKey({ schema, name: origin })) ?? [];
  const inSchema = all.filter((rel) => rel.foreignTable.schema === schema);
  return inSchema.length === 0 ? undefined : inSchema;
}

function noRelationshipHint(
  cache: SchemaCache,
  schema: string,
  parent: string,
  child: string,
): string | null {
  const parentRels = relationshipsInSchema(cache, schema, parent);
  if (parentRels !== undefined) {
    const children = parentRels.map((rel) => rel.foreignTable.name);
    const suggestion = fuzzyMatches(children, child).find(({ score }) => score < 1);
    return suggestion === undefined
      ? null
      : `Perhaps you meant '${suggestion.value}' instead of '${child}'.`;
  }
  const parents = [...cache.relationships.values()]
    .map((rels) => rels[0]?.table)
    .filter((table): table is QualifiedName => table !== undefined && table.schema === schema)
    .map((table) => table.name);
  const suggestion = fuzzyBest(parents, parent);
  return suggestion === null ? null : `Perhaps you meant '${suggestion}' instead of '${parent}'.`;
}

/**
 * Finds the one relationship that embeds `target` (with an optional `!hint`)
 * in `origin`, raising PGRST200 when there is none and PGRST201 when there
 * are several (PostgREST 12.2's `findRel`).
 */
export function findRelationship(
  cache: SchemaCache,
  schema: string,
  origin: string,
  target: string,
  hint: string | null,
): Relationship {
  const candidates = relationshipsInSchema(cache, schema, origin) ?? [];
  const matches = candidates.filter((rel) => matchesTarget(rel, target, hint));
  if (matches.length === 1) return matches[0] as Relationship;
  if (matches.length === 0) {
    const using = hint === null ? '' : `' using the hint '${hint}`;
    throw new RestError(400, {
      code: 'PGRST200',
      message: `Could not find a relationship between '${origin}' and '${target}' in the schema cache`,
      details: `Searched for a foreign key relationship between '${origin}' and '${target}${using}' in the schema '${schema}', but no matches were found.`,
      hint: noRelationshipHint(cache, schema, origin, target),
    });
  }
  const hints = matches.map((rel) => {
    const card = rel.cardinality;
    const name = card.kind === 'm2m' ? card.junction.table.name : card.constraint;
    return `'${rel.foreignTable.name}!${name}'`;
  });
  throw new RestError(300, {
    code: 'PGRST201',
    message: `Could not embed because more than one relationship was found for '${origin}' and '${target}'`,
    details: matches.map(describeRelationship),
    hint: `Try changing '${target}' to one of the following: ${hints.join(', ')}. Find the desired relationship in the 'details' key.`,
  });
}
