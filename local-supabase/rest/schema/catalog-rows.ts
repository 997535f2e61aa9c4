import type { Column, Routine, RoutineParam, Table } from './types.ts';

/** Rows of the catalog queries in catalog.ts, and their conversion into the cache's model. */

export interface TableRow {
  /** The table's oid; int8 arrives as text from both backends. */
  oid: string;
  schema: string;
  name: string;
  is_view: boolean;
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
  pk_columns: string[];
  columns: {
    name: string;
    attnum: number;
    data_type: string;
    nominal_type: string;
    nullable: boolean;
    default: string | null;
    max_length: number | null;
    description: string | null;
  }[];
  description: string | null;
}

export interface RoutineRow {
  schema: string;
  name: string;
  description: string | null;
  args: {
    name: string;
    type: string;
    type_max_length: string;
    required: boolean;
    variadic: boolean;
  }[];
  out_names: (string | null)[];
  return_schema: string;
  return_name: string;
  returns_set: boolean;
  returns_composite: boolean;
  returns_composite_alias: boolean;
  composite_columns: string[];
  volatility: 'i' | 's' | 'v';
  has_variadic: boolean;
}

export function toTable(row: TableRow): Table {
  const columns: Column[] = row.columns.map((column) => ({
    name: column.name,
    attnum: column.attnum,
    dataType: column.data_type,
    nominalType: column.nominal_type,
    nullable: column.nullable,
    defaultExpression: column.default,
    maxLength: column.max_length,
    description: column.description,
  }));
  return {
    oid: Number(row.oid),
    schema: row.schema,
    name: row.name,
    isView: row.is_view,
    insertable: row.insertable,
    updatable: row.updatable,
    deletable: row.deletable,
    primaryKey: row.pk_columns,
    columns,
    description: row.description,
  };
}

const VOLATILITY = { i: 'immutable', s: 'stable', v: 'volatile' } as const;

export function toRoutine(row: RoutineRow): Routine {
  const params: RoutineParam[] = row.args.map((arg) => ({
    name: arg.name,
    type: arg.type,
    typeMaxLength: arg.type_max_length,
    required: arg.required,
    variadic: arg.variadic,
  }));
  const outNames = row.out_names.filter((name): name is string => name !== null && name !== '');
  return {
    schema: row.schema,
    name: row.name,
    description: row.description,
    params,
    returnType: {
      schema: row.return_schema,
      name: row.return_name,
      setOf: row.returns_set,
      composite: row.returns_composite,
      compositeAlias: row.returns_composite_alias,
    },
    volatility: VOLATILITY[row.volatility],
    hasVariadic: row.has_variadic,
    resultColumns: outNames.length > 0 ? outNames : row.composite_columns,
  };
}
