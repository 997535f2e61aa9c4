import type { Database } from '../../db/types.ts';
import { FOREIGN_KEYS_SQL, FUNCTIONS_SQL, TABLES_SQL, TYPE_NAMES_SQL } from './catalog.ts';
import { buildRelationships, type ForeignKeyRow } from './relationships.ts';
import {
  qualifiedKey,
  type Column,
  type Routine,
  type RoutineParam,
  type SchemaCache,
  type Table,
} from './types.ts';

/** SQL spellings of types that are not names in pg_type. */
const SQL_TYPE_ALIASES = [
  'int',
  'integer',
  'smallint',
  'bigint',
  'real',
  'float',
  'double precision',
  'decimal',
  'dec',
  'boolean',
  'character',
  'character varying',
  'char',
  'varchar',
  'time with time zone',
  'time without time zone',
  'timestamp with time zone',
  'timestamp without time zone',
  'bit varying',
];

interface TableRow {
  schema: string;
  name: string;
  is_view: boolean;
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
  pk_columns: string[];
  columns: {
    name: string;
    data_type: string;
    nominal_type: string;
    nullable: boolean;
    default: string | null;
    max_length: number | null;
    description: string | null;
  }[];
  description: string | null;
}

interface RoutineRow {
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

function toTable(row: TableRow): Table {
  const columns: Column[] = row.columns.map((column) => ({
    name: column.name,
    dataType: column.data_type,
    nominalType: column.nominal_type,
    nullable: column.nullable,
    defaultExpression: column.default,
    maxLength: column.max_length,
    description: column.description,
  }));
  return {
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

function toRoutine(row: RoutineRow): Routine {
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

/** Reads the catalog for the exposed `schemas` into a fresh cache. */
export async function loadSchemaCache(db: Database, schemas: string[]): Promise<SchemaCache> {
  return db.transaction(
    async (tx) => {
      await tx.query(`select set_config('search_path', '', true)`);
      const tables = (await tx.query<TableRow>(TABLES_SQL, [schemas])).rows.map(toTable);
      const foreignKeys = (await tx.query<ForeignKeyRow>(FOREIGN_KEYS_SQL)).rows;
      const routines = (await tx.query<RoutineRow>(FUNCTIONS_SQL, [schemas])).rows.map(toRoutine);
      const typeRows = (await tx.query<{ name: string }>(TYPE_NAMES_SQL)).rows;
      const zoneRows = (await tx.query<{ name: string }>('select name from pg_timezone_names'))
        .rows;

      const tableMap = new Map(tables.map((table) => [qualifiedKey(table), table]));
      const routineMap = new Map<string, Routine[]>();
      for (const routine of routines) {
        const key = qualifiedKey(routine);
        routineMap.set(key, [...(routineMap.get(key) ?? []), routine]);
      }
      for (const overloads of routineMap.values()) {
        overloads.sort((a, b) => a.params.length - b.params.length);
      }
      return {
        schemas,
        tables: tableMap,
        relationships: buildRelationships(foreignKeys, tableMap, schemas),
        routines: routineMap,
        typeNames: new Set([...typeRows.map((row) => row.name), ...SQL_TYPE_ALIASES]),
        timezones: new Set(zoneRows.map((row) => row.name)),
      };
    },
    { readOnly: true },
  );
}

const caches = new WeakMap<Database, Promise<SchemaCache>>();
const generations = new WeakMap<Database, number>();

/** Returns the cache for `db`, loading it on first use. */
export function getSchemaCache(db: Database, schemas: string[]): Promise<SchemaCache> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = loadSchemaCache(db, schemas);
    caches.set(db, cache);
    // A failed load must not stick: the next request tries again.
    cache.catch(() => {
      if (caches.get(db) === cache) caches.delete(db);
    });
  }
  return cache;
}

/**
 * Rebuilds the cache for `db`, as PostgREST does on `NOTIFY pgrst, 'reload
 * schema'`. Call it after migrations or any other DDL. Until the new cache
 * is ready, requests keep using the previous one.
 */
export function reloadSchemaCache(db: Database, schemas: string[]): Promise<SchemaCache> {
  const generation = (generations.get(db) ?? 0) + 1;
  generations.set(db, generation);
  const reload = loadSchemaCache(db, schemas);
  reload.then(
    () => {
      // A slower, older reload must not replace a newer one.
      if (generations.get(db) === generation) caches.set(db, reload);
    },
    () => undefined,
  );
  return reload;
}
