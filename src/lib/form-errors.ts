import type { FieldError } from './database-errors';

export interface FormErrors<K extends string> {
  /** Errors for the error summary, in the order of the field ids. */
  summary: FieldError[];
  /** The message to show under a field, if it has one. */
  fieldError: (key: K) => string | undefined;
}

/**
 * Combines a form's own checks with a refusal from the database, which is shown only when the
 * form's own checks passed.
 */
export function formErrors<K extends string>(
  fieldIds: Readonly<Record<K, string>>,
  clientErrors: Partial<Record<K, string>>,
  serverError: FieldError | null,
): FormErrors<K> {
  const keys = Object.keys(fieldIds) as K[];
  const summary = keys
    .filter((key) => clientErrors[key] !== undefined)
    .map((key) => ({ fieldId: fieldIds[key], text: clientErrors[key] as string }));
  if (summary.length === 0 && serverError) {
    summary.push(serverError);
  }

  return {
    summary,
    fieldError: (key) =>
      clientErrors[key] ??
      (summary[0] === serverError && serverError?.fieldId === fieldIds[key]
        ? serverError.text
        : undefined),
  };
}
