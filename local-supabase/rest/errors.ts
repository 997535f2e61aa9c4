/**
 * PostgREST's error responses: the `{code, details, hint, message}` body and
 * the HTTP status for each PostgREST code and each Postgres SQLSTATE.
 * Texts and statuses follow `src/PostgREST/Error.hs` at PostgREST v12.2.12,
 * except PGRST116's message and PGRST205, which follow v13.0.0 (the version
 * hosted Supabase projects now run).
 */

export interface ErrorBody {
  code: string;
  details: unknown;
  hint: string | null;
  message: string;
}

export class RestError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    body: { code: string; message: string; details?: unknown; hint?: string | null },
    headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'RestError';
    this.status = status;
    this.body = {
      code: body.code,
      details: body.details ?? null,
      hint: body.hint ?? null,
      message: body.message,
    };
    this.headers = headers;
  }
}

/** PGRST100: the query string does not parse. */
export function queryParamError(message: string, details: string): RestError {
  return new RestError(400, { code: 'PGRST100', message, details });
}

export function invalidRpcMethod(method: string): RestError {
  return new RestError(405, {
    code: 'PGRST101',
    message: `Cannot use the ${method} method on RPC`,
  });
}

/** PGRST102: the body is not the JSON (or CSV) the request needs. */
export function invalidBody(message: string): RestError {
  return new RestError(400, { code: 'PGRST102', message });
}

export type RangeProblem =
  | { kind: 'negative-limit' }
  | { kind: 'lower-greater-than-upper' }
  | { kind: 'out-of-bounds'; offset: number; total: number };

export function invalidRange(problem: RangeProblem): RestError {
  const details =
    problem.kind === 'negative-limit'
      ? 'Limit should be greater than or equal to zero.'
      : problem.kind === 'lower-greater-than-upper'
        ? 'The lower boundary must be lower than or equal to the upper boundary in the Range header.'
        : `An offset of ${problem.offset} was requested, but there are only ${problem.total} rows.`;
  return new RestError(416, {
    code: 'PGRST103',
    message: 'Requested range not satisfiable',
    details,
  });
}

export function unacceptableSchema(schemas: string[]): RestError {
  return new RestError(406, {
    code: 'PGRST106',
    message: `The schema must be one of the following: ${schemas.join(', ')}`,
  });
}

export function mediaTypeError(mediaTypes: string[]): RestError {
  return new RestError(406, {
    code: 'PGRST107',
    message: `None of these media types are available: ${mediaTypes.join(', ')}`,
  });
}

export function notEmbedded(resource: string): RestError {
  return new RestError(400, {
    code: 'PGRST108',
    message: `'${resource}' is not an embedded resource in this request`,
    hint: `Verify that '${resource}' is included in the 'select' query parameter.`,
  });
}

export function limitWithoutOrder(): RestError {
  return new RestError(400, {
    code: 'PGRST109',
    message: "A 'limit' was applied without an explicit 'order'",
    hint: "Apply an 'order' using unique column(s)",
  });
}

export function changesOffLimits(changed: number, maximum: number): RestError {
  return new RestError(400, {
    code: 'PGRST110',
    message: 'The maximum number of rows allowed to change was surpassed',
    details: `Results contain ${changed} rows changed but the maximum number allowed is ${maximum}`,
  });
}

export function putLimitNotAllowed(): RestError {
  return new RestError(400, {
    code: 'PGRST114',
    message: 'limit/offset querystring parameters are not allowed for PUT',
  });
}

export function putMatchingPk(): RestError {
  return new RestError(400, {
    code: 'PGRST115',
    message: 'Payload values do not match URL in primary key column(s)',
  });
}

export function singularityError(rows: number): RestError {
  return new RestError(406, {
    code: 'PGRST116',
    message: 'Cannot coerce the result to a single JSON object',
    details: `The result contains ${rows} rows`,
  });
}

export function unsupportedMethod(method: string): RestError {
  return new RestError(405, { code: 'PGRST117', message: `Unsupported HTTP method: ${method}` });
}

export function relatedOrderNotToOne(origin: string, target: string): RestError {
  return new RestError(400, {
    code: 'PGRST118',
    message: `A related order on '${target}' is not possible`,
    details: `'${origin}' and '${target}' do not form a many-to-one or one-to-one relationship`,
  });
}

export function spreadNotToOne(origin: string, target: string): RestError {
  return new RestError(400, {
    code: 'PGRST119',
    message: `A spread operation on '${target}' is not possible`,
    details: `'${origin}' and '${target}' do not form a many-to-one or one-to-one relationship`,
  });
}

export function aggregatesNotAllowed(): RestError {
  return new RestError(400, {
    code: 'PGRST123',
    message: 'Use of aggregate functions is not allowed',
  });
}

export function columnNotFound(relation: string, column: string): RestError {
  return new RestError(400, {
    code: 'PGRST204',
    message: `Could not find the '${column}' column of '${relation}' in the schema cache`,
  });
}

export function tableNotFound(schema: string, table: string, suggestion: string | null): RestError {
  return new RestError(404, {
    code: 'PGRST205',
    message: `Could not find the table '${schema}.${table}' in the schema cache`,
    hint: suggestion === null ? null : `Perhaps you meant the table '${schema}.${suggestion}'`,
  });
}

/** The fields that node-postgres and PGlite both put on a database error. */
export interface DatabaseErrorLike {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
}

export function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/**
 * Maps a SQLSTATE to PostgREST's HTTP status. `authenticated` is false when
 * the request ran as the anonymous role, which turns 42501 into 401.
 */
export function statusForSqlState(code: string, message: string, authenticated: boolean): number {
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '53400': 500,
    '57P01': 503,
    P0001: 400,
    '42P01': 404,
    '42P17': 500,
  };
  if (code === '21000') {
    // pg-safeupdate's refusal is a client error; other cardinality errors come from the server.
    return message.endsWith('requires a WHERE clause') ? 400 : 500;
  }
  if (code === '42883') return message.startsWith('function xmlagg(') ? 406 : 404;
  if (code === '42501') return authenticated ? 403 : 401;
  if (exact[code] !== undefined) return exact[code];
  if (code.startsWith('PT')) {
    const status = Number(code.slice(2));
    return Number.isInteger(status) && status >= 100 && status <= 599 ? status : 500;
  }
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

/** Turns a database error into PostgREST's response, passing detail and hint through. */
export function fromDatabaseError(error: DatabaseErrorLike, authenticated: boolean): RestError {
  const status = statusForSqlState(error.code, error.message, authenticated);
  const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
  return new RestError(
    status,
    {
      code: error.code,
      message: error.message,
      details: error.detail ?? null,
      hint: error.hint ?? null,
    },
    headers,
  );
}
