import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RestContext } from './context.ts';

export type { RestContext } from './context.ts';

// NOTE: placeholder until the REST engine lands in this folder.
export async function handleRest(
  _req: IncomingMessage,
  res: ServerResponse,
  _ctx: RestContext,
): Promise<void> {
  res.writeHead(501, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({ code: 'PGRST000', details: null, hint: null, message: 'REST engine missing' }),
  );
}
