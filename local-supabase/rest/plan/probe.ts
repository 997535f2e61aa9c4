import type { RestContext } from '../context.ts';
import { SOURCE, nodeQualifier } from '../sql/read.ts';
import { columnSql, ident, qualifierSql } from '../sql/fragments.ts';
import { qualifiedKey, type QualifiedName, type SchemaCache } from '../schema/types.ts';
import { inRequestTransaction, type RequestSettings } from '../transaction.ts';
import type { MissingColumnError } from './types.ts';

/**
 * Asks Postgres about a column the schema cache does not know, so that the
 * client gets Postgres's own 42703 error (with its "Perhaps you meant" hint),
 * as PostgREST passes it through. The column name is quoted like any other
 * identifier; the statement reads no rows. Returns only if Postgres
 * resolves the name after all, as it does for a function of the row
 * (`authors.count` is `count(authors)`). The result is the table probed, or
 * null when there was none.
 */
export async function probeMissingColumn(
  ctx: RestContext,
  settings: RequestSettings,
  cache: SchemaCache,
  error: MissingColumnError,
): Promise<QualifiedName | null> {
  const { node, column } = error;
  let table: QualifiedName | null;
  if (node.from !== 'source') {
    table = node.from;
  } else {
    // A write's or call's result is read under the table's name; probe that table when there is one.
    table =
      cache.tables.get(qualifiedKey({ schema: settings.schema, name: node.fromAlias ?? '' })) ??
      null;
  }
  const from = table === null ? '(SELECT)' : qualifierSql(table);
  const aliasName = node.fromAlias ?? (node.from === 'source' ? SOURCE : null);
  const alias = aliasName === null ? '' : ` AS ${ident(aliasName)}`;
  const sql = `SELECT ${columnSql(nodeQualifier(node), column)} FROM ${from}${alias} LIMIT 0`;
  await inRequestTransaction(ctx, settings, true, (tx) => tx.query(sql));
  return table === null ? null : { schema: table.schema, name: table.name };
}
