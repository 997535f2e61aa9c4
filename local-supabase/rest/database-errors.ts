import { RestError } from './errors.ts';

/**
 * Responses to database errors, as PostgREST builds them: the SQLSTATE decides the HTTP
 * status (`pgErrorStatus` in PostgREST v12.2.12's src/PostgREST/Error.hs),
 * and message, detail and hint pass through unchanged.
 */

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
    // PostgREST reads the three characters after PT as an integer (`readMaybe`), so PT40A is
    // 500. NOTE: PostgREST sends any number it reads, such as 099 or 700; this stand-in sends
    // 500 for a number outside 100 to 599.
    const digits = code.slice(2);
    const status = Number(digits);
    return /^\d{3}$/.test(digits) && status >= 100 && status <= 599 ? status : 500;
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

function raiseParseError(details: string, hint: string): RestError {
  return new RestError(500, {
    code: 'PGRST121',
    message: 'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error',
    details,
    hint,
  });
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * `RAISE SQLSTATE 'PGRST'` with a JSON message `{code, message, details?,
 * hint?}` and a JSON detail `{status, status_text?, headers}` sets the whole
 * response, as PostgREST's `parseRaisePGRST` allows.
 */
function fromRaisedPgrst(error: DatabaseErrorLike): RestError {
  const message = parseObject(error.message);
  if (message === null || typeof message.code !== 'string' || typeof message.message !== 'string') {
    return raiseParseError(
      `Invalid JSON value for MESSAGE: '${error.message}'`,
      "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.",
    );
  }
  const detailHint =
    "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.";
  if (error.detail === undefined)
    return raiseParseError('DETAIL is missing in the RAISE statement', detailHint);
  const detail = parseObject(error.detail);
  if (
    detail === null ||
    typeof detail.status !== 'number' ||
    typeof detail.headers !== 'object' ||
    detail.headers === null
  ) {
    return raiseParseError(`Invalid JSON value for DETAIL: '${error.detail}'`, detailHint);
  }
  const headers = Object.fromEntries(
    Object.entries(detail.headers as Record<string, unknown>).map(([name, value]) => [
      name,
      String(value),
    ]),
  );
  return new RestError(
    detail.status,
    {
      code: message.code,
      message: message.message,
      details: typeof message.details === 'string' ? message.details : null,
      hint: typeof message.hint === 'string' ? message.hint : null,
    },
    headers,
  );
}

/** Turns a database error into PostgREST's response, passing detail and hint through. */
export function fromDatabaseError(error: DatabaseErrorLike, authenticated: boolean): RestError {
  if (error.code === 'PGRST') return fromRaisedPgrst(error);
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
