// Builds SQL text from values. Every value goes through toSqlLiteral, so names such as
// O'Brien are quoted in one place. The output assumes standard_conforming_strings = on
// (the default since PostgreSQL 9.1), where a backslash inside '...' is an ordinary character.

/** A piece of SQL written as it is, such as a sub-select; never built from outside input. */
export class SqlExpression {
  readonly sql: string;

  constructor(sql: string) {
    this.sql = sql;
  }
}

export type SqlValue =
  | string
  | number
  | boolean
  | null
  | SqlExpression
  | readonly unknown[]
  | { readonly [key: string]: unknown };

export function quoteLiteral(text: string): string {
  if (text.includes('\0')) {
    throw new RangeError(`Invalid SQL text ${JSON.stringify(text)}: it contains a NUL character`);
  }
  return `'${text.replaceAll("'", "''")}'`;
}

export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** Writes a value as a SQL literal; objects and arrays become JSON text for json columns. */
export function toSqlLiteral(value: SqlValue): string {
  if (value === null) return 'null';
  if (value instanceof SqlExpression) return value.sql;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Invalid SQL number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return quoteLiteral(value);
  return quoteLiteral(JSON.stringify(value));
}

const ROWS_PER_STATEMENT = 200;

/**
 * Writes insert statements for rows that share one set of columns (the first row's keys),
 * at most ROWS_PER_STATEMENT rows per statement. Returns '' for no rows.
 */
export function insertStatements(table: string, rows: readonly object[]): string {
  if (rows.length === 0) return '';
  const records = rows as readonly Record<string, SqlValue>[];
  const columns = Object.keys(records[0]);
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = records.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const keys = Object.keys(row);
      if (keys.length !== columns.length || keys.some((key, index) => key !== columns[index])) {
        throw new Error(`A row for ${table} has columns ${keys.join(', ')}; expected ${columns}`);
      }
      return `  (${columns.map((column) => toSqlLiteral(row[column])).join(', ')})`;
    });
    const columnList = columns.map(quoteIdentifier).join(', ');
    statements.push(`insert into ${table} (${columnList}) values\n${values.join(',\n')};\n`);
  }
  return statements.join('\n');
}
