import { RestError } from '../errors.ts';
import { fuzzyBest } from '../fuzzy.ts';
import type { MediaType } from '../http/media.ts';
import { qualifiedKey, type Routine, type SchemaCache } from '../schema/types.ts';

export interface RoutineQuery {
  schema: string;
  name: string;
  /** Argument names given in the query string or body. */
  keys: string[];
  singleObject: boolean;
  isPost: boolean;
  contentType: MediaType;
}

const RAW_BODY_TYPES: Record<string, string[]> = {
  json: ['json', 'jsonb'],
  text: ['text'],
  xml: ['xml'],
  'octet-stream': ['bytea'],
};

function matchesParams(routine: Routine, query: RoutineQuery): boolean {
  const keys = new Set(query.keys);
  const params = routine.params;
  if (query.singleObject)
    return params.length === 1 && ['json', 'jsonb'].includes(params[0]?.type ?? '');
  if (params.length === 0) {
    const rawBody =
      query.isPost && ['octet-stream', 'text', 'xml'].includes(query.contentType.kind);
    return keys.size === 0 && !rawBody;
  }
  const required = new Set(params.filter((p) => p.required).map((p) => p.name));
  const optional = new Set(params.filter((p) => !p.required).map((p) => p.name));
  const withoutOptional = [...keys].filter((key) => !optional.has(key));
  return (
    withoutOptional.length === required.size && withoutOptional.every((key) => required.has(key))
  );
}

/** A function whose one unnamed parameter takes the whole body (json, text, xml or bytea). */
function takesRawBody(routine: Routine, query: RoutineQuery): boolean {
  const [param, ...rest] = routine.params;
  if (param === undefined || rest.length > 0 || !query.isPost) return false;
  return (RAW_BODY_TYPES[query.contentType.kind] ?? []).includes(param.type);
}

function noRoutineHint(
  cache: SchemaCache,
  query: RoutineQuery,
  overloads: Routine[],
): string | null {
  const prefix = `Perhaps you meant to call the function ${query.schema}.`;
  if (overloads.length === 0) {
    const names = [...cache.routines.values()]
      .flat()
      .filter((r) => r.schema === query.schema)
      .map((r) => r.name);
    const best = fuzzyBest([...new Set(names)], query.name);
    return best === null ? null : prefix + best;
  }
  const listText = (names: string[]) => `(${[...names].sort().join(', ')})`;
  const lists = overloads.map((routine) => listText(routine.params.map((p) => p.name)));
  const best = fuzzyBest(lists, listText(query.keys));
  return best === null ? null : `${prefix}${query.name}${best}`;
}

function noRoutine(cache: SchemaCache, query: RoutineQuery, overloads: Routine[]): RestError {
  const func = `${query.schema}.${query.name}`;
  const keys = [...query.keys].sort();
  const list = keys.join(', ');
  const withParams = keys.length === 0 ? ' without parameters' : `(${list})`;
  const withParamsDetail =
    keys.length === 0
      ? ' without parameters'
      : ` with parameter${keys.length > 1 ? 's' : ''} ${list}`;
  const rawKinds: Record<string, string> = { text: 'text', xml: 'xml', 'octet-stream': 'bytea' };
  const rawKind = query.isPost ? rawKinds[query.contentType.kind] : undefined;
  const onlySingle = query.singleObject || rawKind !== undefined;
  let searched: string;
  if (query.singleObject) searched = ' with a single json/jsonb parameter';
  else if (rawKind !== undefined) searched = ` with a single unnamed ${rawKind} parameter`;
  else if (query.isPost && query.contentType.kind === 'json') {
    searched = `${withParamsDetail} or with a single unnamed json/jsonb parameter`;
  } else searched = withParamsDetail;
  return new RestError(404, {
    code: 'PGRST202',
    message: `Could not find the function ${func}${onlySingle ? '' : withParams} in the schema cache`,
    details: `Searched for the function ${func}${searched}, but no matches were found in the schema cache.`,
    hint: onlySingle ? null : noRoutineHint(cache, query, overloads),
  });
}

function ambiguous(routines: Routine[]): RestError {
  const described = routines.map(
    (r) => `${r.schema}.${r.name}(${r.params.map((p) => `${p.name} => ${p.type}`).join(', ')})`,
  );
  return new RestError(300, {
    code: 'PGRST203',
    message: `Could not choose the best candidate function between: ${described.join(', ')}`,
    hint: 'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
  });
}

/**
 * Picks the overload that the given argument names call, falling back to a
 * function with one unnamed parameter that takes the whole body
 * (PostgREST 12.2's `findProc`).
 */
export function findRoutine(cache: SchemaCache, query: RoutineQuery): Routine {
  const overloads = cache.routines.get(qualifiedKey(query)) ?? [];
  const matches = overloads.filter((routine) => matchesParams(routine, query));
  if (matches.length === 1) return matches[0] as Routine;
  if (matches.length > 1) throw ambiguous(matches);
  const fallbacks = overloads.filter((routine) => takesRawBody(routine, query));
  if (fallbacks.length === 1) return fallbacks[0] as Routine;
  if (fallbacks.length > 1) throw ambiguous(fallbacks);
  throw noRoutine(cache, query, overloads);
}
