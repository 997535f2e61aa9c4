import { invalidRange, RestError } from '../errors.ts';
import { negotiateRows } from '../http/media.ts';
import { checkStrict, preferenceApplied } from '../http/prefer.ts';
import { rangeStatus } from '../http/ranges.ts';
import type { RestRequest } from '../http/request.ts';
import { buildReadPlan } from '../plan/read-plan.ts';
import { applyResponseSettings, contentHeaders, type RestResponse } from '../response.ts';
import {
  knownNames,
  qualifiedKey,
  routineReturnsScalar,
  routineReturnsSetOfScalar,
  routineReturnsVoid,
  type Routine,
  type SchemaCache,
} from '../schema/types.ts';
import { callSql, type CallArguments } from '../sql/call.ts';
import { SqlParams } from '../sql/fragments.ts';
import { readQuery } from '../sql/read.ts';
import { callStatement, type ResultShape } from '../sql/statements.ts';
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
import { findRoutine } from './routines.ts';

function argumentKeys(request: RestRequest): string[] {
  const { payload, params } = request;
  if (request.method !== 'POST') return [...new Set(params.rpcArguments.map(([key]) => key))];
  if (payload?.kind === 'json') return payload.keys;
  if (payload?.kind === 'raw-json') return params.columns ?? [];
  if (payload?.kind === 'form') return [...new Set(payload.entries.map(([key]) => key))];
  return [];
}

/** Query-string or form arguments as JSON; repeated values of a variadic parameter become an array. */
function argumentsJson(routine: Routine, entries: [string, string][]): string {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of entries) {
    const variadic = routine.params.some((param) => param.name === key && param.variadic);
    if (!variadic) result[key] = value;
    else result[key] = [...((result[key] as string[] | undefined) ?? []), value];
  }
  return JSON.stringify(result);
}

function callArguments(request: RestRequest, routine: Routine, keys: string[]): CallArguments {
  const { payload } = request;
  const [first, ...rest] = routine.params;
  const single =
    first !== undefined &&
    rest.length === 0 &&
    (request.prefs.params === 'single-object' || first.name === '');
  if (single) {
    if (payload === null || payload.kind === 'form')
      return { kind: 'single', param: first, body: null };
    return {
      kind: 'single',
      param: first,
      body: payload.kind === 'raw' ? payload.text : payload.json,
    };
  }
  const params = routine.params.filter((param) => keys.includes(param.name));
  let body: string;
  if (request.method !== 'POST') body = argumentsJson(routine, request.params.rpcArguments);
  else if (payload?.kind === 'form') body = argumentsJson(routine, payload.entries);
  else if (payload?.kind === 'json' || payload?.kind === 'raw-json') body = payload.json;
  else body = '{}';
  return { kind: 'named', params, body };
}

function resultShape(routine: Routine): ResultShape {
  if (routineReturnsScalar(routine)) return 'scalar';
  if (routineReturnsSetOfScalar(routine)) return 'setof-scalar';
  return routine.returnType.setOf ? 'rows' : 'single-composite';
}

/** Columns the result rows have, for checking names in `select` and filters. */
function resultColumns(cache: SchemaCache, routine: Routine) {
  if (!routine.returnType.composite) return null;
  const returned = { schema: routine.returnType.schema, name: routine.returnType.name };
  if (cache.tables.has(qualifiedKey(returned))) return knownNames(cache, returned);
  if (routine.resultColumns.length === 0) return null;
  return new Map(routine.resultColumns.map((name) => [name, { dataType: 'unknown' }]));
}

/** `/rpc/fn` by GET, HEAD or POST (PostgREST's `CallReadPlan`). */
export async function handleCall(
  { ctx, request, cache }: HandlerContext,
  name: string,
): Promise<RestResponse> {
  const keys = argumentKeys(request);
  const routine = findRoutine(cache, {
    schema: request.schema,
    name,
    keys,
    singleObject: request.prefs.params === 'single-object',
    isPost: request.method === 'POST',
    contentType: request.contentType,
  });
  const maxRows = ctx.config.api.maxRows;
  const plan = buildReadPlan({
    cache,
    schema: routine.schema,
    rootName: routine.returnType.composite ? routine.returnType.name : routine.name,
    rootTable: null,
    rootColumns: resultColumns(cache, routine),
    params: request.params,
    action: 'call',
    rootRange: request.range,
    maxRows,
  });
  const negotiated = negotiateRows(request.accept);
  checkStrict(request.prefs);
  const isHead = request.method === 'HEAD';
  const shape = resultShape(routine);
  const sql = new SqlParams();
  const call = callSql(routine, callArguments(request, routine, keys), sql);
  const count = countSqlFor(request.prefs, plan, sql, maxRows);
  const handler = isHead ? ({ kind: 'none' } as const) : negotiated.handler;
  const statement = callStatement(call, readQuery(plan, sql), count, handler, shape);
  // A function the catalog marks stable or immutable cannot write, so it runs read-only even by POST.
  const readOnly = request.method !== 'POST' || routine.volatility !== 'volatile';

  return inRequestTransaction(ctx, requestSettings(request), readOnly, async (tx) => {
    const row = await runStatement(tx, statement, sql);
    const pageTotal = Number(row.page_total);
    checkSingular(negotiated.media.kind === 'single', pageTotal);
    const { prefs } = request;
    if (
      prefs.handling === 'strict' &&
      prefs.maxAffected !== null &&
      pageTotal > prefs.maxAffected
    ) {
      throw new RestError(400, {
        code: 'PGRST124',
        message: 'Query result exceeds max-affected preference constraint',
        details: `The query affects ${pageTotal} rows`,
      });
    }
    const total = await resolveTotal(tx, prefs, plan, toNumber(row.total_result_set), maxRows);
    const { status, contentRange } = rangeStatus(request.range, pageTotal, total);
    const applied = preferenceApplied({
      params: prefs.params,
      count: prefs.count,
      handling: prefs.handling,
      timezone: prefs.timezone,
      maxAffected: prefs.maxAffected,
    });
    const headers: Record<string, string> = { 'Content-Range': contentRange };
    if (applied !== null) headers['Preference-Applied'] = applied;
    if (routineReturnsVoid(routine))
      return applyResponseSettings({ status: 204, headers, body: null }, row);
    Object.assign(headers, contentHeaders(request, negotiated.media));
    let body: string | null = isHead ? null : row.body;
    if (status === 416) {
      body = JSON.stringify(
        invalidRange({ kind: 'out-of-bounds', offset: request.range.offset, total: total ?? 0 })
          .body,
      );
    }
    return applyResponseSettings({ status, headers, body }, row);
  });
}
