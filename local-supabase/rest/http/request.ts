import type { IncomingHttpHeaders } from 'node:http';

import { invalidRpcMethod, RestError, unacceptableSchema, unsupportedMethod } from '../errors.ts';
import { parseQueryParams } from '../parse/query.ts';
import type { QueryParams, RowRange } from '../parse/types.ts';
import { decodeMediaType, parseAccept, type MediaType } from './media.ts';
import { readPayload, type Payload } from './payload.ts';
import { parsePrefer, type Preferences } from './prefer.ts';
import { topLevelRange } from './ranges.ts';

export type Resource =
  { kind: 'schema' } | { kind: 'relation'; name: string } | { kind: 'routine'; name: string };

/** Everything the handlers need from one HTTP request, checked as PostgREST's `userApiRequest`. */
export interface RestRequest {
  method: string;
  /** The path below `/rest/v1`, as PostgREST receives it. */
  path: string;
  resource: Resource;
  schema: string;
  /** True when the schema came from a profile header or several schemas are exposed. */
  negotiatedByProfile: boolean;
  params: QueryParams;
  range: RowRange;
  prefs: Preferences;
  accept: MediaType[];
  contentType: MediaType;
  payload: Payload | null;
  headers: IncomingHttpHeaders;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** An unknown path, which PostgREST rejects with 404 and an empty JSON object. */
export class NotFoundError extends Error {}

function parseResource(path: string): Resource {
  const segments = path
    .replace(/^\//, '')
    .split('/')
    .map((segment) => decodeURIComponent(segment));
  if (path === '/' || path === '') return { kind: 'schema' };
  if (segments.length === 1) return { kind: 'relation', name: segments[0] as string };
  if (segments.length === 2 && segments[0] === 'rpc')
    return { kind: 'routine', name: segments[1] as string };
  throw new NotFoundError('not found');
}

function checkMethod(resource: Resource, method: string): void {
  const allowed = {
    schema: ['GET', 'HEAD', 'OPTIONS'],
    relation: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    routine: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  }[resource.kind];
  if (allowed.includes(method)) return;
  throw resource.kind === 'routine' ? invalidRpcMethod(method) : unsupportedMethod(method);
}

function pickSchema(schemas: string[], headers: IncomingHttpHeaders, method: string) {
  const usesContentProfile = ['DELETE', 'PATCH', 'POST', 'PUT'].includes(method);
  const profile = header(headers, usesContentProfile ? 'content-profile' : 'accept-profile');
  if (profile !== undefined) {
    if (!schemas.includes(profile)) throw unacceptableSchema(schemas);
    return { schema: profile, negotiatedByProfile: true };
  }
  const [first] = schemas;
  if (first === undefined)
    throw new RestError(500, { code: 'PGRST000', message: 'No schema is exposed' });
  return { schema: first, negotiatedByProfile: schemas.length !== 1 };
}

export interface RequestInput {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  schemas: string[];
  timezones: Set<string>;
}

export function parseRequest(input: RequestInput): RestRequest {
  const { method, headers } = input;
  const resource = parseResource(input.path);
  const { schema, negotiatedByProfile } = pickSchema(input.schemas, headers, method);
  checkMethod(resource, method);
  const isRpcRead = resource.kind === 'routine' && (method === 'GET' || method === 'HEAD');
  const params = parseQueryParams(input.search, isRpcRead);
  const range = topLevelRange(method, params, header(headers, 'range'));
  const contentTypeHeader = header(headers, 'content-type');
  const contentType: MediaType =
    contentTypeHeader === undefined ? { kind: 'json' } : decodeMediaType(contentTypeHeader);

  const isCall = resource.kind === 'routine';
  const needsPayload =
    (resource.kind === 'relation' && ['POST', 'PUT', 'PATCH'].includes(method)) ||
    (isCall && method === 'POST');
  const columnsApply =
    (resource.kind === 'relation' && (method === 'POST' || method === 'PATCH')) ||
    (isCall && method === 'POST');
  const payload = needsPayload
    ? readPayload(input.body, contentType, {
        isCall,
        hasColumns: columnsApply && params.columns !== null,
      })
    : null;

  const preferHeaders = headers.prefer === undefined ? [] : [header(headers, 'prefer') as string];
  return {
    method,
    path: input.path,
    resource,
    schema,
    negotiatedByProfile,
    params,
    range,
    prefs: parsePrefer(preferHeaders, input.timezones),
    accept: parseAccept(header(headers, 'accept')),
    contentType,
    payload,
    headers,
  };
}
