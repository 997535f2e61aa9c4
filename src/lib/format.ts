// Figures come from Postgres through JSON: counts as numbers, `numeric` values as numbers or,
// from some drivers, as strings. Every helper here turns a missing or non-finite value into
// readable text, so a page never shows NaN, undefined or null.

export const NOT_AVAILABLE = 'Not available';

/** Converts a JSON figure to a finite number, or null when it is missing or not a number. */
export function toFiniteNumber(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }

  return null;
}

const formatters = new Map<number, Intl.NumberFormat>();

function numberFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, formatter);
  }

  return formatter;
}

export interface FigureOptions {
  /** Digits after the decimal point at most; trailing zeros are dropped. Default 1. */
  maximumFractionDigits?: number;
  /** Text shown when the value is missing. Default 'Not available'. */
  fallback?: string;
}

/** Formats a figure for display: 4.5, 2 (not 2.0), 1,234; the fallback when it is missing. */
export function formatFigure(value: unknown, options: FigureOptions = {}): string {
  const { maximumFractionDigits = 1, fallback = NOT_AVAILABLE } = options;
  const number = toFiniteNumber(value);
  if (number === null) {
    return fallback;
  }

  const text = numberFormat(maximumFractionDigits).format(number);
  // Rounding a tiny negative value gives '-0', which reads as an error.
  return text === '-0' ? '0' : text;
}

/** Formats an achieved count against its target: '3 of 4.5'. */
export function formatCountOf(achieved: unknown, target: unknown): string {
  return `${formatFigure(achieved)} of ${formatFigure(target)}`;
}

/** Formats a count with its unit in the right number: '1 day', '12 days'. */
export function formatQuantity(
  value: unknown,
  singular: string,
  plural: string,
  fallback: string = NOT_AVAILABLE,
): string {
  const number = toFiniteNumber(value);
  if (number === null) {
    return fallback;
  }

  return `${formatFigure(number)} ${number === 1 ? singular : plural}`;
}
