import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/types.ts';
import { sendJson } from '../http.ts';
import type { RequestLog } from '../server.ts';

export interface AuthDependencies {
  db: Database;
  config: Config;
  logger: pino.Logger;
  anonKey: string;
  serviceRoleKey: string;
}

export interface AuthRequest {
  pathname: string;
  search: URLSearchParams;
  log: RequestLog;
}

export function createAuthHandler(_deps: AuthDependencies) {
  return async (_req: IncomingMessage, res: ServerResponse, request: AuthRequest) => {
    if (request.pathname === '/health') {
      sendJson(res, 200, {
        version: 'local',
        name: 'GoTrue',
        description: 'GoTrue is a user registration and authentication API',
      });
      return;
    }
    sendJson(res, 404, { code: 'not_found', message: 'Not Found' });
  };
}
