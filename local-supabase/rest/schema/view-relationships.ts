import { viewColumnSources } from './view-definition.ts';
import type { ForeignKeyRow } from './relationships.ts';
import type { Cardinality, Relationship, Table } from './types.ts';

/**
 * Relationships and primary keys of views, inferred as PostgREST 12.2 does.
 * A view that shows every column of a table's foreign key (or of the key it
 * references, or of a primary key) takes part in that relationship or key
 * under its own column names.
 */

export interface ViewRow {
  oid: string;
  definition: string;
}

export interface PrimaryKeyRow {
  table_oid: string;
  attnums: number[];
}

interface ViewColumn {
  view: Table;
  column: string;
}

/** Depth limit for following views over views; deeper columns count as computed. */
const MAX_VIEW_DEPTH = 16;

/** Columns of exposed views, indexed by the base table column (`oid:attnum`) that each shows. */
export class ViewColumnIndex {
  private readonly byBaseColumn = new Map<string, ViewColumn[]>();

  constructor(views: ViewRow[], tables: Iterable<Table>) {
    const sources = new Map<number, Map<number, { table: number; column: number }>>();
    for (const view of views) {
      const columns = new Map(
        viewColumnSources(view.definition).map((source) => [source.viewColumn, source]),
      );
      sources.set(Number(view.oid), columns);
    }
    const toBase = (table: number, column: number) => {
      let current = { table, column };
      for (let depth = 0; depth < MAX_VIEW_DEPTH; depth += 1) {
        const next = sources.get(current.table)?.get(current.column);
        if (next === undefined) return current;
        current = { table: next.table, column: next.column };
      }
      return null;
    };
    for (const view of tables) {
      if (!view.isView) continue;
      const columns = sources.get(view.oid);
      for (const column of view.columns) {
        const source = columns?.get(column.attnum);
        if (source === undefined || source.table === 0) continue;
        const base = toBase(source.table, source.column);
        if (base === null) continue;
        const key = `${base.table}:${base.column}`;
        this.byBaseColumn.set(key, [
          ...(this.byBaseColumn.get(key) ?? []),
          { view, column: column.name },
        ]);
      }
    }
  }

  /** Views that show every given column of a table, with their names for those columns. */
  coverings(table: number, attnums: number[]): { view: Table; columns: string[] }[] {
    const options = attnums.map((attnum) => this.byBaseColumn.get(`${table}:${attnum}`) ?? []);
    const views = new Map<number, Table>();
    for (const option of options[0] ?? []) views.set(option.view.oid, option.view);
    const result: { view: Table; columns: string[] }[] = [];
    for (const view of views.values()) {
      // A view that shows a key column twice offers one relationship per combination.
      let combinations: string[][] = [[]];
      for (const option of options) {
        const names = option
          .filter((entry) => entry.view.oid === view.oid)
          .map((entry) => entry.column);
        combinations = combinations.flatMap((prefix) => names.map((name) => [...prefix, name]));
      }
      for (const columns of combinations) result.push({ view, columns });
    }
    return result;
  }
}

/** Gives each view the primary key columns of the tables whose keys it shows in full. */
export function addViewPrimaryKeys(index: ViewColumnIndex, keys: PrimaryKeyRow[]): void {
  for (const key of keys) {
    const seen = new Set<number>();
    for (const { view, columns } of index.coverings(Number(key.table_oid), key.attnums)) {
      // When a view shows a key column twice, the first of its names is the key.
      if (seen.has(view.oid)) continue;
      seen.add(view.oid);
      for (const column of columns) {
        if (!view.primaryKey.includes(column)) view.primaryKey.push(column);
      }
    }
  }
}

/** Derives the many-to-one (or one-to-one) relationships that views take over from foreign keys. */
export function viewRelationships(
  rows: ForeignKeyRow[],
  index: ViewColumnIndex,
  tablesByOid: Map<number, Table>,
): Relationship[] {
  const result: Relationship[] = [];
  for (const row of rows) {
    const tableOid = Number(row.table_oid);
    const foreignOid = Number(row.foreign_table_oid);
    const cardinality = (columns: [string, string][]): Cardinality =>
      row.one_to_one
        ? { kind: 'o2o', constraint: row.constraint_name, columns, isParent: false }
        : { kind: 'm2o', constraint: row.constraint_name, columns };
    const table = { schema: row.table_schema, name: row.table_name };
    const foreign = { schema: row.foreign_table_schema, name: row.foreign_table_name };
    const tableViews = index.coverings(
      tableOid,
      row.attnums.map(([attnum]) => attnum),
    );
    const foreignViews = index.coverings(
      foreignOid,
      row.attnums.map(([, attnum]) => attnum),
    );
    const tableIsView = tablesByOid.get(tableOid)?.isView ?? false;
    const foreignIsView = tablesByOid.get(foreignOid)?.isView ?? false;
    for (const { view, columns } of tableViews) {
      const pairs = columns.map((column, i): [string, string] => [
        column,
        (row.cols_and_fcols[i] as [string, string])[1],
      ]);
      result.push({
        table: view,
        foreignTable: foreign,
        isSelf: false,
        cardinality: cardinality(pairs),
        tableIsView: true,
        foreignTableIsView: foreignIsView,
      });
    }
    for (const { view, columns } of foreignViews) {
      const pairs = columns.map((column, i): [string, string] => [
        (row.cols_and_fcols[i] as [string, string])[0],
        column,
      ]);
      result.push({
        table,
        foreignTable: view,
        isSelf: false,
        cardinality: cardinality(pairs),
        tableIsView,
        foreignTableIsView: true,
      });
    }
    for (const source of tableViews) {
      for (const target of foreignViews) {
        const pairs = source.columns.map((column, i): [string, string] => [
          column,
          target.columns[i] as string,
        ]);
        const isSelf = source.view.oid === target.view.oid;
        result.push({
          table: source.view,
          foreignTable: target.view,
          isSelf,
          cardinality: cardinality(pairs),
          tableIsView: true,
          foreignTableIsView: true,
        });
      }
    }
  }
  return result;
}
