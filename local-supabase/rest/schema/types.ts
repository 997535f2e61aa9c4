/** The schema cache's model, after PostgREST 12.2's `SchemaCache/*.hs`. */

export interface QualifiedName {
  schema: string;
  name: string;
}

export interface Column {
  name: string;
  /** Attribute number in the table (`pg_attribute.attnum`). */
  attnum: number;
  /** Type used to read the column from JSON (`json_to_recordset`); domains are their base type. */
  dataType: string;
  /** The declared type, with modifiers. */
  nominalType: string;
  nullable: boolean;
  /** The default expression, schema-qualified, or null. */
  defaultExpression: string | null;
  maxLength: number | null;
  description: string | null;
}

export interface Table extends QualifiedName {
  oid: number;
  isView: boolean;
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
  primaryKey: string[];
  /** Columns in table order. */
  columns: Column[];
  description: string | null;
}

export type Cardinality =
  | { kind: 'm2o' | 'o2m'; constraint: string; columns: [string, string][] }
  | { kind: 'o2o'; constraint: string; columns: [string, string][]; isParent: boolean }
  | {
      kind: 'm2m';
      junction: {
        table: QualifiedName;
        constraint1: string;
        constraint2: string;
        /** Pairs of (source table column, junction column). */
        sourceColumns: [string, string][];
        /** Pairs of (target table column, junction column). */
        targetColumns: [string, string][];
      };
    };

/**
 * A way to embed `foreignTable` from `table`. For m2o, o2m and o2o, each
 * pair in `columns` is (column of `table`, column of `foreignTable`).
 */
export interface Relationship {
  table: QualifiedName;
  foreignTable: QualifiedName;
  isSelf: boolean;
  cardinality: Cardinality;
  tableIsView: boolean;
  foreignTableIsView: boolean;
}

export interface RoutineParam {
  name: string;
  type: string;
  /** The type with length limits removed, used to read the argument from JSON. */
  typeMaxLength: string;
  required: boolean;
  variadic: boolean;
}

export interface Routine extends QualifiedName {
  description: string | null;
  params: RoutineParam[];
  returnType: {
    schema: string;
    name: string;
    setOf: boolean;
    composite: boolean;
    /** A domain over a composite type. */
    compositeAlias: boolean;
  };
  volatility: 'immutable' | 'stable' | 'volatile';
  hasVariadic: boolean;
  /** Column names of a composite result: OUT/TABLE parameters or the composite type's attributes. */
  resultColumns: string[];
}

export interface SchemaCache {
  schemas: string[];
  tables: Map<string, Table>;
  /** Keyed by `qualifiedKey(table)`; sorted as PostgREST sorts them. */
  relationships: Map<string, Relationship[]>;
  /** Overloads of each function, fewest parameters first. */
  routines: Map<string, Routine[]>;
  /** Lower-case type names accepted in casts. */
  typeNames: Set<string>;
  /** Names accepted in `Prefer: timezone=`. */
  timezones: Set<string>;
  /**
   * Names that are not columns but that Postgres resolves on a table's row
   * by function notation (`authors.count` is `count(authors)`), keyed by
   * `qualifiedKey(table)`. Filled as requests probe them, since PostgREST
   * passes such names to Postgres unchecked.
   */
  rowFunctionNames: Map<string, Set<string>>;
}

export function qualifiedKey(name: QualifiedName): string {
  return JSON.stringify([name.schema, name.name]);
}

/**
 * The names a select, filter or order may use on `table`: its columns, and
 * the names Postgres has resolved on its row by function notation, whose
 * type is unknown here as it is to PostgREST.
 */
export function knownNames(
  cache: SchemaCache,
  table: QualifiedName,
): Map<string, { dataType: string }> {
  const key = qualifiedKey(table);
  const names = new Map<string, { dataType: string }>();
  for (const name of cache.rowFunctionNames.get(key) ?? [])
    names.set(name, { dataType: 'unknown' });
  for (const column of cache.tables.get(key)?.columns ?? []) names.set(column.name, column);
  return names;
}

export function routineReturnsScalar(routine: Routine): boolean {
  return !routine.returnType.setOf && !routine.returnType.composite;
}

export function routineReturnsSetOfScalar(routine: Routine): boolean {
  return routine.returnType.setOf && !routine.returnType.composite;
}

export function routineReturnsVoid(routine: Routine): boolean {
  return (
    routineReturnsScalar(routine) &&
    routine.returnType.schema === 'pg_catalog' &&
    routine.returnType.name === 'void'
  );
}

export function relationshipIsToOne(relationship: Relationship): boolean {
  return relationship.cardinality.kind === 'm2o' || relationship.cardinality.kind === 'o2o';
}
