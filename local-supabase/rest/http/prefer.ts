import { RestError } from '../errors.ts';

/**
 * The `Prefer` header, after PostgREST 12.2's `ApiRequest/Preferences.hs`:
 * the first value of each kind wins, across all Prefer headers.
 */
export interface Preferences {
  resolution: 'merge-duplicates' | 'ignore-duplicates' | null;
  representation: 'representation' | 'minimal' | 'headers-only' | null;
  params: 'single-object' | null;
  count: 'exact' | 'planned' | 'estimated' | null;
  missing: 'default' | 'null' | null;
  handling: 'strict' | 'lenient' | null;
  timezone: string | null;
  maxAffected: number | null;
  /** Values PostgREST does not know. */
  invalid: string[];
}

const KNOWN: Record<string, [keyof Preferences, string]> = {
  'resolution=merge-duplicates': ['resolution', 'merge-duplicates'],
  'resolution=ignore-duplicates': ['resolution', 'ignore-duplicates'],
  'return=representation': ['representation', 'representation'],
  'return=minimal': ['representation', 'minimal'],
  'return=headers-only': ['representation', 'headers-only'],
  'params=single-object': ['params', 'single-object'],
  'count=exact': ['count', 'exact'],
  'count=planned': ['count', 'planned'],
  'count=estimated': ['count', 'estimated'],
  'missing=default': ['missing', 'default'],
  'missing=null': ['missing', 'null'],
  'handling=strict': ['handling', 'strict'],
  'handling=lenient': ['handling', 'lenient'],
};

/** `tx=commit|rollback` is known but ignored: PostgREST only honours it when configured to. */
const IGNORED = new Set(['tx=commit', 'tx=rollback']);

export function parsePrefer(headers: string[], timezones: Set<string>): Preferences {
  const prefs: Preferences = {
    resolution: null,
    representation: null,
    params: null,
    count: null,
    missing: null,
    handling: null,
    timezone: null,
    maxAffected: null,
    invalid: [],
  };
  const values = headers.flatMap((header) => header.split(',')).map((value) => value.trim());
  for (const value of values) {
    const known = KNOWN[value];
    if (known !== undefined) {
      const [key, setting] = known;
      if (prefs[key] === null) (prefs as unknown as Record<string, string>)[key] = setting;
    } else if (value.startsWith('timezone=') && timezones.has(value.slice('timezone='.length))) {
      prefs.timezone ??= value.slice('timezone='.length);
    } else if (value.startsWith('max-affected=')) {
      const count = value.slice('max-affected='.length);
      if (prefs.maxAffected === null && /^-?[0-9]+$/.test(count)) prefs.maxAffected = Number(count);
    } else if (!IGNORED.has(value) && value !== '') {
      prefs.invalid.push(value);
    }
  }
  return prefs;
}

/** PGRST122 for unknown preferences when the client asked for `handling=strict`. */
export function checkStrict(prefs: Preferences): void {
  if (prefs.handling !== 'strict' || prefs.invalid.length === 0) return;
  throw new RestError(400, {
    code: 'PGRST122',
    message: 'Invalid preferences given with handling=strict',
    details: `Invalid preferences: ${prefs.invalid.join(', ')}`,
  });
}

type Applied = Partial<
  Pick<
    Preferences,
    | 'resolution'
    | 'missing'
    | 'representation'
    | 'params'
    | 'count'
    | 'handling'
    | 'timezone'
    | 'maxAffected'
  >
>;

/** Builds the `Preference-Applied` value for what a response honoured, in PostgREST's order. */
export function preferenceApplied(applied: Applied): string | null {
  const parts = [
    applied.resolution && `resolution=${applied.resolution}`,
    applied.missing && `missing=${applied.missing}`,
    applied.representation && `return=${applied.representation}`,
    applied.params && `params=${applied.params}`,
    applied.count && `count=${applied.count}`,
    applied.handling && `handling=${applied.handling}`,
    applied.timezone && `timezone=${applied.timezone}`,
    applied.handling === 'strict' &&
      applied.maxAffected != null &&
      `max-affected=${applied.maxAffected}`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? null : parts.join(', ');
}
