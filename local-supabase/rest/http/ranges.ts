import { invalidRange, limitWithoutOrder, putLimitNotAllowed } from '../errors.ts';
import type { QueryParams, RowRange } from '../parse/types.ts';

/** A closed range of row positions; `upper` null means unbounded. */
interface Bounds {
  lower: number;
  upper: number | null;
}

const ALL: Bounds = { lower: 0, upper: null };

function fromRowRange(range: RowRange): Bounds {
  return {
    lower: range.offset,
    upper: range.limit === null ? null : range.offset + range.limit - 1,
  };
}

function intersect(a: Bounds, b: Bounds): Bounds {
  let upper = a.upper;
  if (upper === null) upper = b.upper;
  else if (b.upper !== null) upper = Math.min(upper, b.upper);
  return { lower: Math.max(a.lower, b.lower), upper };
}

/** Parses `Range: 0-9` or `Range: 10-`; anything else means all rows, as in PostgREST. */
function parseRangeHeader(header: string | undefined): Bounds {
  const match = header === undefined ? null : /^([0-9]+)-([0-9]*)$/.exec(header.trim());
  if (match === null) return ALL;
  const lower = Number(match[1]);
  const upper = match[2] === '' ? null : Number(match[2]);
  return { lower, upper };
}

/**
 * Computes the range of the top-level rows, from the Range header (GET only), `limit`
 * and `offset`, with PostgREST 12.2's checks (`getRanges`): PGRST103 for an
 * empty range, PGRST109 for a limited PATCH or DELETE without `order`,
 * PGRST114 for a limited PUT.
 */
export function topLevelRange(
  method: string,
  params: QueryParams,
  rangeHeader: string | undefined,
): RowRange {
  const header = method === 'GET' ? parseRangeHeader(rangeHeader) : ALL;
  const limitParam = params.ranges.get('');
  const limit = limitParam === undefined ? ALL : fromRowRange(limitParam);
  // limit=0 (with no offset) requests no rows at all, which the Range header cannot express.
  const limitZero = limit.upper === -1;
  const combined = limitZero ? limit : intersect(header, limit);
  const empty = combined.upper !== null && combined.upper < combined.lower;
  if (empty && !limitZero) {
    const headerEmpty = header.upper !== null && header.upper < header.lower;
    throw invalidRange({ kind: headerEmpty ? 'lower-greater-than-upper' : 'negative-limit' });
  }
  if (
    (method === 'PATCH' || method === 'DELETE') &&
    params.ranges.size > 0 &&
    params.order.length === 0
  ) {
    throw limitWithoutOrder();
  }
  const range: RowRange = {
    offset: combined.lower,
    limit: combined.upper === null ? null : combined.upper - combined.lower + 1,
  };
  if (method === 'PUT' && (range.offset !== 0 || range.limit !== null)) throw putLimitNotAllowed();
  return range;
}

/**
 * Computes the `Content-Range` value and status of a read (`rangeStatusHeader`):
 * 206 when a count shows more rows than returned, 416 when the offset is
 * past the count.
 */
export function rangeStatus(
  range: RowRange,
  pageTotal: number,
  total: number | null,
): { status: number; contentRange: string } {
  const lower = range.offset;
  const upper = lower + pageTotal - 1;
  let status = 200;
  if (total !== null) {
    if (lower > total) status = 416;
    else if (1 + upper - lower < total) status = 206;
  }
  return { status, contentRange: contentRange(lower, upper, total) };
}

export function contentRange(lower: number, upper: number, total: number | null): string {
  const rangeText = total !== 0 && lower <= upper ? `${lower}-${upper}` : '*';
  return `${rangeText}/${total === null ? '*' : total}`;
}
