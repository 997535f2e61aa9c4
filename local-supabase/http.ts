import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Reads the whole request body, raising BodyTooLargeError past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Returns the bearer token from `Authorization`: '' for an empty one, null when there is none. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header === undefined) return null;
  const match = /^bearer\s*(.*)$/i.exec(header.trim());
  return match ? match[1]!.trim() : null;
}

/**
 * Returns the client's IP address, with IPv4-mapped IPv6 addresses in IPv4
 * form. The server listens on loopback only, so no proxy headers are read.
 */
export function clientAddress(req: IncomingMessage): string | null {
  return req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? null;
}

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const EXPOSED_HEADERS = [
  'Content-Range',
  'Content-Location',
  'Location',
  'Range-Unit',
  'Preference-Applied',
  'X-Supabase-Api-Version',
  'X-Total-Count',
].join(', ');

/**
 * Adds CORS headers to every response. The app runs on another port, so
 * the request's Origin is echoed and the preflight's requested headers
 * allowed, as Supabase's gateway does.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

export function sendPreflightResponse(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers':
      requested ?? 'authorization, apikey, content-type, prefer, range, x-client-info',
    'Access-Control-Max-Age': '3600',
    'Content-Length': '0',
  });
  res.end();
}

/**
 * Picks the loggable part of an error: message, SQLSTATE, detail and hint. Driver
 * errors also carry the statement's parameters, which can contain password
 * hashes and tokens, so the error object itself is never logged.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = error as Error & { code?: unknown; detail?: unknown; hint?: unknown };
  return {
    message: error.message,
    sqlState: typeof fields.code === 'string' ? fields.code : undefined,
    detail: fields.detail,
    hint: fields.hint,
    stack: error.stack,
  };
}
