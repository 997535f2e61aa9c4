import { putMatchingPk, RestError } from '../errors.ts';
import { negotiateRows } from '../http/media.ts';
import { checkStrict, preferenceApplied } from '../http/prefer.ts';
import { buildReadPlan } from '../plan/read-plan.ts';
import { resolveField } from '../plan/resolve.ts';
import type { PlanLogic } from '../plan/types.ts';
import { applyResponseSettings, contentHeaders, type RestResponse } from '../response.ts';
import type { Table } from '../schema/types.ts';
import { SqlParams } from '../sql/fragments.ts';
import { readQuery } from '../sql/read.ts';
import { writeStatement } from '../sql/statements.ts';
import { insertSql } from '../sql/write.ts';
import { inRequestTransaction } from '../transaction.ts';
import { requestSettings, runStatement, toNumber, type HandlerContext } from './common.ts';
import { payloadJson, returningColumns, writeColumns } from './mutation-parts.ts';

/** PGRST105: PUT must name the row by every primary key column, each with `eq`. */
function checkPrimaryKeyFilters(h: HandlerContext, table: Table): void {
  const { params } = h.request;
  const fields = new Set(params.filterFields);
  const sameKeys =
    table.primaryKey.length > 0 &&
    fields.size === table.primaryKey.length &&
    table.primaryKey.every((column) => fields.has(column));
  const allEq = params.filters
    .filter(({ path }) => path.length === 0)
    .every(
      ({ filter }) =>
        !filter.negated &&
        filter.operation.kind === 'quant' &&
        filter.operation.operator === 'eq' &&
        filter.operation.quantifier === null,
    );
  if (params.logic.length === 0 && sameKeys && allEq) return;
  throw new RestError(405, {
    code: 'PGRST105',
    message: "Filters must include all and only primary key columns with 'eq' operators",
  });
}

/**
 * PUT on a table: an upsert of the one row that the primary-key filters
 * name, which the body must also name (PostgREST's `MutationSingleUpsert`).
 */
export async function handlePut(h: HandlerContext, table: Table): Promise<RestResponse> {
  const { ctx, request, cache } = h;
  const { prefs, params } = request;
  const plan = buildReadPlan({
    cache,
    schema: request.schema,
    rootName: table.name,
    rootTable: table,
    rootColumns: null,
    params,
    action: 'mutate',
    rootRange: { offset: 0, limit: null },
    maxRows: null,
  });
  checkPrimaryKeyFilters(h, table);
  const columns = writeColumns(table, request.payload, params.columns);
  const full = prefs.representation === 'representation';
  const negotiated = negotiateRows(request.accept);
  checkStrict(prefs);

  const sql = new SqlParams();
  const conditions: PlanLogic[] = params.filters
    .filter(({ path }) => path.length === 0)
    .map(({ filter }) => ({
      kind: 'filter',
      field: resolveField(plan, filter.field),
      negated: false,
      operation: filter.operation,
    }));
  const mutation = insertSql(table, columns, payloadJson(request.payload), sql, {
    onConflict: { resolution: 'merge', columns: table.primaryKey },
    applyDefaults: false,
    returning: full ? returningColumns(plan, table.primaryKey) : [],
    putConditions: conditions,
  });
  const select = full ? readQuery(plan, sql) : null;
  const statement = writeStatement(
    mutation,
    select,
    full ? negotiated.handler : { kind: 'none' },
    null,
    true,
  );

  return inRequestTransaction(ctx, requestSettings(request), false, async (tx) => {
    const row = await runStatement(tx, statement, sql);
    if (Number(row.page_total) !== 1) throw putMatchingPk();
    const headers: Record<string, string> = {};
    const applied = preferenceApplied({
      representation: prefs.representation,
      count: prefs.count,
      handling: prefs.handling,
      timezone: prefs.timezone,
    });
    if (applied !== null) headers['Preference-Applied'] = applied;
    if (!full) return applyResponseSettings({ status: 204, headers, body: null }, row);
    const inserted = toNumber(row.inserted) ?? 0;
    Object.assign(headers, contentHeaders(request, negotiated.media));
    return applyResponseSettings(
      { status: inserted > 0 ? 201 : 200, headers, body: row.body },
      row,
    );
  });
}
