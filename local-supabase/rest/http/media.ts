import { mediaTypeError } from '../errors.ts';
import type { BodyHandler } from '../sql/statements.ts';

/** The media types PostgREST 12.2 distinguishes (`MediaType.hs`), less the plan and GeoJSON ones. */
export type MediaType =
  | { kind: 'json' }
  | { kind: 'array-strip' }
  | { kind: 'single'; stripNulls: boolean }
  | { kind: 'csv' }
  | { kind: 'openapi' }
  | { kind: 'any' }
  | { kind: 'text' }
  | { kind: 'xml' }
  | { kind: 'urlencoded' }
  | { kind: 'octet-stream' }
  | { kind: 'other'; mime: string };

function parameters(parts: string[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of parts) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    const value = part
      .slice(index + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    params.set(part.slice(0, index).trim().toLowerCase(), value);
  }
  return params;
}

export function decodeMediaType(text: string): MediaType {
  const [essence = '', ...rest] = text.split(';');
  const params = parameters(rest);
  const stripped = params.get('nulls') === 'stripped';
  switch (essence.trim().toLowerCase()) {
    case 'application/json':
      return { kind: 'json' };
    case 'text/csv':
      return { kind: 'csv' };
    case 'text/plain':
      return { kind: 'text' };
    case 'text/xml':
      return { kind: 'xml' };
    case 'application/openapi+json':
      return { kind: 'openapi' };
    case 'application/x-www-form-urlencoded':
      return { kind: 'urlencoded' };
    case 'application/octet-stream':
      return { kind: 'octet-stream' };
    case 'application/vnd.pgrst.object+json':
    case 'application/vnd.pgrst.object':
      return { kind: 'single', stripNulls: stripped };
    case 'application/vnd.pgrst.array+json':
    case 'application/vnd.pgrst.array':
      return stripped ? { kind: 'array-strip' } : { kind: 'json' };
    case '*/*':
      return { kind: 'any' };
    default:
      return { kind: 'other', mime: text.trim() };
  }
}

export function toMime(media: MediaType): string {
  switch (media.kind) {
    case 'json':
      return 'application/json';
    case 'array-strip':
      return 'application/vnd.pgrst.array+json;nulls=stripped';
    case 'single':
      return media.stripNulls
        ? 'application/vnd.pgrst.object+json;nulls=stripped'
        : 'application/vnd.pgrst.object+json';
    case 'csv':
      return 'text/csv';
    case 'openapi':
      return 'application/openapi+json';
    case 'any':
      return '*/*';
    case 'text':
      return 'text/plain';
    case 'xml':
      return 'text/xml';
    case 'urlencoded':
      return 'application/x-www-form-urlencoded';
    case 'octet-stream':
      return 'application/octet-stream';
    case 'other':
      return media.mime;
  }
}

/** Returns the Content-Type header value PostgREST sends for a media type. */
export function contentType(media: MediaType): string {
  const charset = media.kind === 'octet-stream' || media.kind === 'other' ? '' : '; charset=utf-8';
  return toMime(media) + charset;
}

/** Parses an Accept header into media types, best quality first (`*\/*` when it is absent). */
export function parseAccept(header: string | undefined): MediaType[] {
  if (header === undefined || header.trim() === '') return [{ kind: 'any' }];
  const ranked = header
    .split(',')
    .map((entry, index) => {
      const quality = /;\s*q=([0-9.]+)/i.exec(entry);
      const q = quality === null ? 1 : Number(quality[1]);
      return {
        media: entry.replace(/;\s*q=[0-9.]+/i, '').trim(),
        q: Number.isNaN(q) ? 1 : q,
        index,
      };
    })
    .filter((entry) => entry.media !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => decodeMediaType(entry.media));
}

/**
 * Picks the first accepted media type that a table, view or function
 * response can be given in, and the body handler for it; PGRST107 if none.
 */
export function negotiateRows(accepted: MediaType[]): { media: MediaType; handler: BodyHandler } {
  for (const media of accepted) {
    switch (media.kind) {
      case 'json':
      case 'any':
        return { media: { kind: 'json' }, handler: { kind: 'json', stripNulls: false } };
      case 'array-strip':
        return { media, handler: { kind: 'json', stripNulls: true } };
      case 'single':
        return { media, handler: { kind: 'single', stripNulls: media.stripNulls } };
      case 'csv':
        return { media, handler: { kind: 'csv' } };
      default:
        break;
    }
  }
  throw mediaTypeError(accepted.map(toMime));
}

/** Checks that the client accepts the root endpoint's only output, its OpenAPI document. */
export function negotiateOpenApi(accepted: MediaType[]): MediaType {
  const ok = accepted.some((media) => ['openapi', 'json', 'any'].includes(media.kind));
  if (!ok) throw mediaTypeError(accepted.map(toMime));
  return { kind: 'openapi' };
}
