// Row checks live in Postgres (constraints and triggers), so a form learns that a value was
// rejected from the PostgREST error and shows it against the field it belongs to.

export interface PostgrestLikeError {
  code?: string;
  message?: string;
  details?: string | null;
}

/** A rule: a rejection whose message contains `match` belongs to `field`, with this text. */
export interface FieldRejection<Field extends string> {
  match: string;
  field: Field;
  text: string;
  /** The SQLSTATE the rule applies to; a check violation (23514) when left out. */
  sqlState?: string;
}

function asPostgrestError(error: unknown): PostgrestLikeError | null {
  return typeof error === 'object' && error !== null && 'code' in error
    ? (error as PostgrestLikeError)
    : null;
}

/**
 * Returns the field and message for a rejection that a rule matches, or null. Rules match a
 * check violation (SQLSTATE 23514) unless they name another SQLSTATE.
 */
export function fieldRejection<Field extends string>(
  error: unknown,
  rules: readonly FieldRejection<Field>[],
): { field: Field; text: string } | null {
  const pgError = asPostgrestError(error);
  if (!pgError) return null;
  const message = pgError.message ?? '';
  const rule = rules.find(
    (candidate) =>
      pgError.code === (candidate.sqlState ?? '23514') && message.includes(candidate.match),
  );
  return rule ? { field: rule.field, text: rule.text } : null;
}
