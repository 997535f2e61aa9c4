import type pino from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/types.ts';

/** What the server hands the REST engine with each `/rest/v1` request. */
export interface RestContext {
  db: Database;
  config: Config;
  logger: pino.Logger;
  /** Verified JWT claims; null when the request is anonymous (no token, or the anon key). */
  claims: Record<string, unknown> | null;
  /** Path after `/rest/v1`, such as `/schools` or `/rpc/fn`. */
  pathname: string;
  search: URLSearchParams;
  /** Role for requests without a JWT (PostgREST's db-anon-role); default `anon`. */
  anonRole?: string | null;
  /**
   * Roles a JWT may name: Supabase's three API roles (default), or with 'granted' any role
   * that the connecting user may `set role` to, which Postgres checks (PostgREST).
   */
  assumableRoles?: 'api' | 'granted';
}
