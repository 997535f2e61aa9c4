import {
  qualifiedKey,
  type Cardinality,
  type QualifiedName,
  type Relationship,
  type Table,
} from './types.ts';

export interface ForeignKeyRow {
  table_oid: string;
  foreign_table_oid: string;
  table_schema: string;
  table_name: string;
  foreign_table_schema: string;
  foreign_table_name: string;
  constraint_name: string;
  cols_and_fcols: [string, string][];
  /** The same pairs as attribute numbers. */
  attnums: [number, number][];
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
  const key: SortKey = [order, cardinality.constraint, cardinality.columns];
  if (cardinality.kind === 'o2o') key.push(cardinality.isParent ? 1 : 0);
  return key;
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] as SortKey[number];
    const y = b[i] as SortKey[number];
    let result = 0;
    if (Array.isArray(x) && Array.isArray(y)) result = compareKeys(x, y);
    else if (x < y) result = -1;
    else if (x > y) result = 1;
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
 * (or one-to-one), the same through views that show the key's columns, the
 * inverse one-to-many, and many-to-many through a junction table whose two
 * foreign keys are part of its primary key.
 */
export function buildRelationships(
  foreignKeys: ForeignKeyRow[],
  viewRelationships: Relationship[],
  tables: Map<string, Table>,
  schemas: string[],
): Map<string, Relationship[]> {
  const isView = (name: QualifiedName) => tables.get(qualifiedKey(name))?.isView ?? false;
  const fromForeignKeys: Relationship[] = foreignKeys.map((row) => {
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
  const direct = [...fromForeignKeys, ...viewRelationships];

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
