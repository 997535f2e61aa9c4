/**
 * PostgREST's own errors: the `{code, details, hint, message}` body and the
 * HTTP status of each PGRST code. Texts and statuses follow
 * `src/PostgREST/Error.hs` at PostgREST v12.2.12, except two that follow
 * v13.0.0: PGRST116's message (12.2's reads "JSON object requested, multiple
 * (or no) rows returned") and PGRST205 (12.2 passes Postgres's 42P01
 * "relation ... does not exist" through for an unknown table).
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
