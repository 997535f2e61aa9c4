/** Result of one statement, in the shape both backends share. */
export interface QueryResult<R> {
  rows: R[];
  fields: { name: string; dataTypeID: number }[];
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
}

export type Backend = 'pglite' | 'postgres';

/**
 * One interface over PGlite and PostgreSQL. `transaction` starts as the
 * `authenticator` role, as PostgREST's connection does, so the REST engine
 * must `set local role` to the role that the request's JWT names.
 */
export interface Database {
  backend: Backend;
  /** Name of the non-superuser role with BYPASSRLS that owns what migrations create. */
  ownerRole: string;
  /** Name of the database that contains the project's schemas. */
  databaseName: string;
  /** Runs fn in one transaction as `authenticator`; rolls back when fn throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Runs fn in one transaction as `supabase_auth_admin`, the role GoTrue connects as. */
  authTransaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs one parameterised statement outside a request transaction, as the owner. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** Runs a multi-statement script (migrations, seed), as the owner. */
  exec(sql: string): Promise<void>;
  /** Runs a multi-statement script as the superuser (the baseline only). */
  execAsSuperuser(sql: string): Promise<void>;
  close(): Promise<void>;
}
