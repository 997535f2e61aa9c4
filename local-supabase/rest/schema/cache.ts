import type { Database } from '../../db/types.ts';
import { toRoutine, toTable, type RoutineRow, type TableRow } from './catalog-rows.ts';
import { PRIMARY_KEYS_SQL, VIEWS_SQL } from './catalog-views.ts';
import { FOREIGN_KEYS_SQL, FUNCTIONS_SQL, TABLES_SQL, TYPE_NAMES_SQL } from './catalog.ts';
import { buildRelationships, type ForeignKeyRow } from './relationships.ts';
import { qualifiedKey, type Routine, type SchemaCache } from './types.ts';
import {
  addViewPrimaryKeys,
  ViewColumnIndex,
  viewRelationships,
  type PrimaryKeyRow,
  type ViewRow,
} from './view-relationships.ts';

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
      const views = (await tx.query<ViewRow>(VIEWS_SQL)).rows;
      const primaryKeys = (await tx.query<PrimaryKeyRow>(PRIMARY_KEYS_SQL)).rows;

      const tableMap = new Map(tables.map((table) => [qualifiedKey(table), table]));
      const viewColumns = new ViewColumnIndex(views, tables);
      addViewPrimaryKeys(viewColumns, primaryKeys);
      const tablesByOid = new Map(tables.map((table) => [table.oid, table]));
      const throughViews = viewRelationships(foreignKeys, viewColumns, tablesByOid);
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
        relationships: buildRelationships(foreignKeys, throughViews, tableMap, schemas),
        routines: routineMap,
        typeNames: new Set([...typeRows.map((row) => row.name), ...SQL_TYPE_ALIASES]),
        timezones: new Set(zoneRows.map((row) => row.name)),
        rowFunctionNames: new Map(),
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
