import { changesOffLimits, RestError } from '../errors.ts';
import { negotiateRows } from '../http/media.ts';
import { checkStrict, preferenceApplied, type Preferences } from '../http/prefer.ts';
import { contentRange } from '../http/ranges.ts';
import { buildReadPlan } from '../plan/read-plan.ts';
import { resolveField } from '../plan/resolve.ts';
import type { PlanLogic, PlanOrderTerm, ReadNode } from '../plan/types.ts';
import { applyResponseSettings, contentHeaders, type RestResponse } from '../response.ts';
import type { Table } from '../schema/types.ts';
import { SqlParams, arrayLiteral } from '../sql/fragments.ts';
import { readQuery } from '../sql/read.ts';
import { writeStatement, type BodyHandler } from '../sql/statements.ts';
import { deleteSql, insertSql, updateSql } from '../sql/write.ts';
import { inRequestTransaction } from '../transaction.ts';
import {
  checkSingular,
  requestSettings,
  runStatement,
  toNumber,
  type HandlerContext,
} from './common.ts';
import {
  conflictColumns,
  locationHeader,
  payloadJson,
  requireWhere,
  returningColumns,
  writeColumns,
} from './mutation-parts.ts';

/** Resolves the root's filters against the table, for the mutation's WHERE. */
function rootFilters(h: HandlerContext, plan: ReadNode): PlanLogic[] {
  const filters: PlanLogic[] = h.request.params.filters
    .filter(({ path }) => path.length === 0)
    .map(({ filter }) => ({
      kind: 'filter',
      field: resolveField(plan, filter.field),
      negated: filter.negated,
      operation: filter.operation,
    }));
  // Root `or`/`and` trees were already resolved into the read plan's root.
  const trees = plan.where.filter((tree) => tree.kind === 'expr');
  return [...filters, ...trees];
}

function rootOrder(h: HandlerContext, plan: ReadNode): PlanOrderTerm[] {
  const terms = h.request.params.order.find(({ path }) => path.length === 0)?.terms ?? [];
  return terms.map((term) => ({
    relationAlias: null,
    field: resolveField(plan, term.field),
    direction: term.direction,
    nulls: term.nulls,
  }));
}

function applied(prefs: Preferences, method: string, resolutionApplies: boolean): string | null {
  return preferenceApplied({
    resolution: method === 'POST' && resolutionApplies ? prefs.resolution : null,
    missing: method === 'DELETE' ? null : prefs.missing,
    representation: prefs.representation,
    count: prefs.count,
    handling: prefs.handling,
    timezone: prefs.timezone,
    maxAffected: method === 'POST' ? null : prefs.maxAffected,
  });
}

/** POST, PATCH and DELETE on a table (PostgREST's `MutateReadPlan`). */
export async function handleWrite(h: HandlerContext, table: Table): Promise<RestResponse> {
  const { ctx, request, cache } = h;
  const { method, prefs, params } = request;
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
  const columns = method === 'DELETE' ? [] : writeColumns(table, request.payload, params.columns);
  const full = prefs.representation === 'representation';
  const returning =
    full || prefs.representation === 'headers-only' ? returningColumns(plan, table.primaryKey) : [];
  const negotiated = negotiateRows(request.accept);
  checkStrict(prefs);
  const handler: BodyHandler = full ? negotiated.handler : { kind: 'none' };

  const sql = new SqlParams();
  const body = payloadJson(request.payload);
  const limited = request.range.offset !== 0 || request.range.limit !== null;
  let mutation: string;
  let resolutionApplies = false;
  if (method === 'POST') {
    const conflictNames = params.onConflict ?? table.primaryKey;
    resolutionApplies = table.primaryKey.length > 0 || params.onConflict !== null;
    const onConflict =
      prefs.resolution === null
        ? null
        : {
            resolution:
              prefs.resolution === 'merge-duplicates' ? ('merge' as const) : ('ignore' as const),
            columns: conflictColumns(table, conflictNames),
          };
    mutation = insertSql(table, columns, body, sql, {
      onConflict,
      applyDefaults: prefs.missing === 'default',
      returning,
    });
  } else {
    const where = rootFilters(h, plan);
    const order = rootOrder(h, plan);
    const range = limited ? request.range : null;
    if (method === 'PATCH') {
      if (columns.length > 0) requireWhere('UPDATE', where.length > 0 || range !== null);
      mutation = updateSql(table, columns, body, sql, {
        where,
        range,
        order,
        returning,
        applyDefaults: prefs.missing === 'default',
      });
    } else {
      requireWhere('DELETE', where.length > 0 || range !== null);
      mutation = deleteSql(table, sql, { where, range, order, returning });
    }
  }
  const select = full ? readQuery(plan, sql) : null;
  const wantsLocation = method === 'POST' && prefs.representation === 'headers-only';
  const locationParam = wantsLocation ? sql.add(arrayLiteral(table.primaryKey)) : null;
  const countsInserts = method === 'POST' && prefs.resolution === 'merge-duplicates';
  const statement = writeStatement(mutation, select, handler, locationParam, countsInserts);

  return inRequestTransaction(ctx, requestSettings(request), false, async (tx) => {
    const row = await runStatement(tx, statement, sql);
    const rows = Number(row.page_total);
    checkSingular(negotiated.media.kind === 'single', rows);
    if (method !== 'POST') {
      if (prefs.handling === 'strict' && prefs.maxAffected !== null && rows > prefs.maxAffected) {
        throw new RestError(400, {
          code: 'PGRST124',
          message: 'Query result exceeds max-affected preference constraint',
          details: `The query affects ${rows} rows`,
        });
      }
      if (request.range.limit !== null && rows > request.range.limit) {
        throw changesOffLimits(rows, request.range.limit);
      }
    }
    const total = prefs.count === 'exact' || prefs.count === 'estimated' ? rows : null;
    const headers: Record<string, string> = {
      'Content-Range':
        method === 'PATCH' ? contentRange(0, rows - 1, total) : contentRange(1, 0, total),
    };
    const location = wantsLocation ? locationHeader(table.name, row.location) : null;
    if (location !== null) headers.Location = location;
    const preference = applied(prefs, method, resolutionApplies);
    if (preference !== null) headers['Preference-Applied'] = preference;

    let status = full ? 200 : 204;
    if (method === 'POST') {
      const inserted = toNumber(row.inserted);
      status = countsInserts && !(inserted !== null && inserted > 0) ? 200 : 201;
    }
    if (full) Object.assign(headers, contentHeaders(request, negotiated.media));
    return applyResponseSettings({ status, headers, body: full ? row.body : null }, row);
  });
}
