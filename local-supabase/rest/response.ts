import type { ServerResponse } from 'node:http';

import { RestError } from './errors.ts';
import type { RestRequest } from './http/request.ts';
import { contentType, type MediaType } from './http/media.ts';

export interface RestResponse {
  status: number;
  headers: Record<string, string>;
  /** Null sends no body (HEAD, 204 and minimal writes). */
  body: string | null;
}

/** Content-Type, plus Content-Profile when the schema was negotiated (`contentTypeHeaders`). */
export function contentHeaders(request: RestRequest, media: MediaType): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentType(media) };
  if (request.negotiatedByProfile) headers['Content-Profile'] = request.schema;
  return headers;
}

/** The settings a function may set to change the response (`response.headers`, `response.status`). */
export interface ResponseSettings {
  response_headers: string | null;
  response_status: string | null;
}

/**
 * Applies `response.status` and `response.headers` set in the transaction;
 * a header set there replaces PostgREST's own (`overrideStatusHeaders`).
 */
export function applyResponseSettings(
  response: RestResponse,
  settings: ResponseSettings,
): RestResponse {
  let { status } = response;
  const headers = { ...response.headers };
  if (settings.response_status !== null) {
    const parsed = /^[0-9]+/.exec(settings.response_status.trim());
    if (parsed === null) {
      throw new RestError(500, {
        code: 'PGRST112',
        message: 'response.status guc must be a valid status code',
      });
    }
    status = Number(parsed[0]);
  }
  if (settings.response_headers !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(settings.response_headers);
    } catch {
      parsed = null;
    }
    const valid =
      Array.isArray(parsed) &&
      parsed.every(
        (item) =>
          typeof item === 'object' &&
          item !== null &&
          Object.keys(item).length === 1 &&
          typeof Object.values(item)[0] === 'string',
      );
    if (!valid) {
      throw new RestError(500, {
        code: 'PGRST111',
        message:
          'response.headers guc must be a JSON array composed of objects with a single key and a string value',
      });
    }
    for (const item of parsed as Record<string, string>[]) {
      const [name, value] = Object.entries(item)[0] as [string, string];
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
      }
      headers[name] = value;
    }
  }
  return { status, headers, body: response.body };
}

export function errorResponse(error: RestError): RestResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...error.headers },
    body: JSON.stringify(error.body),
  };
}

export function sendResponse(res: ServerResponse, response: RestResponse, isHead: boolean): void {
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  res.statusCode = response.status;
  if (response.body === null || isHead || response.status === 204) {
    res.end();
    return;
  }
  res.end(response.body);
}
