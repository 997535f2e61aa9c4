import { invalidRange } from '../errors.ts';
import { negotiateRows } from '../http/media.ts';
import { checkStrict, preferenceApplied } from '../http/prefer.ts';
import { rangeStatus } from '../http/ranges.ts';
import { buildReadPlan } from '../plan/read-plan.ts';
import { applyResponseSettings, contentHeaders, type RestResponse } from '../response.ts';
import { SqlParams } from '../sql/fragments.ts';
import { readQuery } from '../sql/read.ts';
import { readStatement } from '../sql/statements.ts';
import type { Table } from '../schema/types.ts';
import { inRequestTransaction } from '../transaction.ts';
import {
  checkSingular,
  countSqlFor,
  requestSettings,
  resolveTotal,
  runStatement,
  toNumber,
  type HandlerContext,
} from './common.ts';

/** GET and HEAD on a table or view (PostgREST's `WrappedReadPlan`). */
export async function handleRead(
  { ctx, request, cache }: HandlerContext,
  table: Table,
): Promise<RestResponse> {
  const maxRows = ctx.config.api.maxRows;
  const plan = buildReadPlan({
    cache,
    schema: request.schema,
    rootName: table.name,
    rootTable: table,
    rootColumns: null,
    params: request.params,
    action: 'read',
    rootRange: request.range,
    maxRows,
  });
  const negotiated = negotiateRows(request.accept);
  checkStrict(request.prefs);
  // HEAD needs no body, so PostgREST skips building it.
  const handler = request.method === 'HEAD' ? ({ kind: 'none' } as const) : negotiated.handler;

  const params = new SqlParams();
  const read = readQuery(plan, params);
  const count = countSqlFor(request.prefs, plan, params, maxRows);
  const sql = readStatement(read, count, handler);

  return inRequestTransaction(ctx, requestSettings(request), true, async (tx) => {
    const row = await runStatement(tx, sql, params);
    const pageTotal = Number(row.page_total);
    checkSingular(negotiated.media.kind === 'single', pageTotal);
    const total = await resolveTotal(
      tx,
      request.prefs,
      plan,
      toNumber(row.total_result_set),
      maxRows,
    );
    const { status, contentRange } = rangeStatus(request.range, pageTotal, total);
    const location = `/${table.name}${request.params.canonical === '' ? '' : `?${request.params.canonical}`}`;
    const applied = preferenceApplied({
      count: request.prefs.count,
      handling: request.prefs.handling,
      timezone: request.prefs.timezone,
    });
    const headers: Record<string, string> = {
      'Content-Range': contentRange,
      'Content-Location': location,
      ...contentHeaders(request, negotiated.media),
      ...(applied === null ? {} : { 'Preference-Applied': applied }),
    };
    let body: string | null = row.body;
    if (status === 416) {
      const error = invalidRange({
        kind: 'out-of-bounds',
        offset: request.range.offset,
        total: total ?? 0,
      });
      body = JSON.stringify(error.body);
    } else if (request.method === 'HEAD') {
      body = null;
    }
    return applyResponseSettings({ status, headers, body }, row);
  });
}
