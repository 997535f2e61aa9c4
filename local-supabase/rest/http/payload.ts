import { invalidBody } from '../errors.ts';
import { toMime, type MediaType } from './media.ts';

/**
 * A request body as PostgREST 12.2's `getPayload` reads it: JSON (checked
 * and reduced to its keys), CSV or a form turned into JSON, or raw bytes for
 * functions that take one unnamed parameter.
 */
export type Payload =
  | { kind: 'json'; json: string; keys: string[] }
  /** JSON passed through unchecked because `columns=` names the keys. */
  | { kind: 'raw-json'; json: string }
  | { kind: 'form'; entries: [string, string][] }
  | { kind: 'raw'; text: string };

function keysOf(value: unknown): string[] | null {
  if (Array.isArray(value)) {
    const [first] = value;
    if (first === undefined) return [];
    if (typeof first !== 'object' || first === null || Array.isArray(first)) return null;
    const keys = Object.keys(first).sort();
    const uniform = value.every((item) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
      const itemKeys = Object.keys(item).sort();
      return itemKeys.length === keys.length && itemKeys.every((key, i) => key === keys[i]);
    });
    return uniform ? Object.keys(first) : null;
  }
  if (typeof value === 'object' && value !== null) return Object.keys(value);
  return [];
}

function jsonPayload(body: string, isCall: boolean, hasColumns: boolean): Payload {
  if (hasColumns) return { kind: 'raw-json', json: body };
  if (body === '' && isCall) return { kind: 'json', json: '{}', keys: [] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw invalidBody('Empty or invalid json');
  }
  const keys = keysOf(value);
  if (keys === null) throw invalidBody('All object keys must match');
  // A scalar body counts as an empty array, as PostgREST truncates it.
  const isContainer = typeof value === 'object' && value !== null;
  return { kind: 'json', json: isContainer ? body : '[]', keys };
}

/** Splits CSV (RFC 4180 quoting) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvPayload(body: string): Payload {
  const [header, ...rows] = parseCsv(body);
  if (header === undefined) return { kind: 'json', json: '[]', keys: [] };
  if (rows.some((row) => row.length !== header.length)) {
    throw invalidBody('All lines must have same number of fields');
  }
  // The literal NULL stands for a null value, as in PostgREST.
  const objects = rows.map((row) =>
    Object.fromEntries(header.map((name, i) => [name, row[i] === 'NULL' ? null : row[i]])),
  );
  return { kind: 'json', json: JSON.stringify(objects), keys: header };
}

export function readPayload(
  body: string,
  contentType: MediaType,
  options: { isCall: boolean; hasColumns: boolean },
): Payload {
  switch (contentType.kind) {
    case 'json':
      return jsonPayload(body, options.isCall, options.hasColumns);
    case 'csv':
      return csvPayload(body);
    case 'urlencoded': {
      const entries = [...new URLSearchParams(body).entries()];
      if (options.isCall) return { kind: 'form', entries };
      const object = Object.fromEntries(entries);
      return { kind: 'json', json: JSON.stringify(object), keys: Object.keys(object) };
    }
    case 'text':
    case 'xml':
    case 'octet-stream':
      if (options.isCall) return { kind: 'raw', text: body };
      break;
    default:
      break;
  }
  throw invalidBody(`Content-Type not acceptable: ${toMime(contentType)}`);
}
