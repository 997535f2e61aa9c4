import { looksLikeFilter, parseFilter, parseTreePath } from './filter.ts';
import { parseLogic } from './logic.ts';
import { parseColumnList, parseEmbedPath, parseOrder } from './order.ts';
import { parseSelect } from './select.ts';
import type { QueryParams, RowRange } from './types.ts';

const RESERVED = new Set(['select', 'columns', 'on_conflict']);
const RESERVED_LAST_WORDS = new Set(['order', 'limit', 'offset', 'and', 'or']);

function lastWord(key: string): string {
  const parts = key.split('.');
  return parts[parts.length - 1] as string;
}

function pathKey(key: string): string {
  return key.split('.').slice(0, -1).join('.');
}

/** Haskell's `readMaybe` for an integer: an optional minus sign and digits, nothing else. */
function readInteger(value: string): number | null {
  return /^-?[0-9]+$/.test(value.trim()) ? Number(value.trim()) : null;
}

/**
 * Encodes like `Network.HTTP.Base.urlEncode`: everything but ASCII letters,
 * digits and `-_.~` becomes `%xx`.
 */
function urlEncode(value: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).padStart(2, '0')}`;
  }
  return encoded;
}

function canonicalQuery(entries: [string, string][]): string {
  return [...entries]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      // A stable sort by name, as Haskell's sortOn keeps repeated names in order.
      if (a.entry[0] < b.entry[0]) return -1;
      if (a.entry[0] > b.entry[0]) return 1;
      return a.index - b.index;
    })
    .map(({ entry: [key, value] }) => `${urlEncode(key)}=${urlEncode(value)}`)
    .join('&');
}

function buildRanges(entries: [string, string][]): {
  ranges: Map<string, RowRange>;
  rootLimitZero: boolean;
} {
  const limits = new Map<string, number | null>();
  const offsets = new Map<string, number | null>();
  for (const [key, value] of entries) {
    const word = lastWord(key);
    if (word === 'limit') limits.set(pathKey(key), readInteger(value));
    if (word === 'offset') offsets.set(pathKey(key), readInteger(value));
  }
  const ranges = new Map<string, RowRange>();
  for (const path of new Set([...limits.keys(), ...offsets.keys()])) {
    // An unreadable limit or offset is ignored, as PostgREST's `readMaybe` does.
    const limit = limits.get(path) ?? null;
    const offset = offsets.get(path) ?? 0;
    ranges.set(path, { offset, limit });
  }
  return { ranges, rootLimitZero: limits.get('') === 0 };
}

/**
 * Parses a request's query string into PostgREST's parts. `isRpcRead` is set
 * for GET and HEAD on `/rpc/fn`, where a parameter without an operator is an
 * argument of the function.
 */
export function parseQueryParams(search: URLSearchParams, isRpcRead: boolean): QueryParams {
  const entries = [...search.entries()];
  const lookup = (name: string): string | null => search.get(name);
  const isFilterKey = (key: string): boolean =>
    !RESERVED.has(key) && !RESERVED_LAST_WORDS.has(lastWord(key));

  // Parsed in PostgREST's order, so that the first error reported is the same.
  const order = entries
    .filter(([key]) => lastWord(key) === 'order')
    .map(([key, value]) => ({ path: parseEmbedPath(key), terms: parseOrder(value) }));
  const logic = entries
    .filter(([key]) => lastWord(key) === 'and' || lastWord(key) === 'or')
    .map(([key, value]) => parseLogic(key, value));
  const columnsValue = lookup('columns');
  const columns = columnsValue === null ? null : parseColumnList(columnsValue, 'columns');
  const select = parseSelect(lookup('select') ?? '*');

  const params: QueryParams = {
    select,
    filters: [],
    rpcArguments: [],
    logic,
    order,
    ...buildRanges(entries),
    columns,
    onConflict: null,
    filterFields: [],
    canonical: canonicalQuery(entries),
  };

  for (const [key, value] of entries.filter(([entryKey]) => isFilterKey(entryKey))) {
    params.filterFields.push(key);
    if (isRpcRead && !looksLikeFilter(value)) {
      // The key must still be a valid name; PostgREST parses it before looking at the value.
      parseTreePath(key);
      params.rpcArguments.push([key, value]);
    } else {
      params.filters.push(parseFilter(key, value));
    }
  }

  const onConflictValue = lookup('on_conflict');
  if (onConflictValue !== null) params.onConflict = parseColumnList(onConflictValue, 'on_conflict');
  return params;
}
