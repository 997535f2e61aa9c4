// Turns a database refusal into an error message against the form field it is about, as the
// GOV.UK error summary pattern needs. PostgREST passes Postgres's message, detail and hint
// through; the constraint or column named there identifies the field.

import { describeError } from './errors';

export interface FieldRule {
  /** Id of the form field that the constraint or column belongs to. */
  field: string;
  /** Message to show instead of the database's own. */
  text?: string;
}

export interface FieldError {
  fieldId: string;
  text: string;
}

interface PostgrestLikeError {
  code?: unknown;
  message?: unknown;
  details?: unknown;
  hint?: unknown;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Lists the constraint and column names that a Postgres error mentions, most specific first. */
export function namesInDatabaseError(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) {
    return [];
  }
  const { message, details } = error as PostgrestLikeError;
  const text = `${textOf(message)}\n${textOf(details)}`;
  const names: string[] = [];
  const patterns = [
    /constraint "([^"]+)"/g,
    /Constraint: ([a-z0-9_]+)\./g,
    /column "([^"]+)"/g,
    /Column: ([a-z0-9_]+)\./g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      names.push(match[1]);
    }
  }

  return names;
}

/** Returns the message a person should read: the database's sentence and its hint. */
export function databaseMessage(error: unknown): string {
  const { code, message, hint } = (error ?? {}) as PostgrestLikeError;
  const sqlState = textOf(code);
  // This project's functions write their errors for people: P0 codes, PTnnn codes that set the
  // HTTP status, and the check or unique violations they raise themselves. Other server errors
  // are not written for people.
  if (/^(P0|PT|23|22)/.test(sqlState) && textOf(message) !== '') {
    const sentence = textOf(message).replace(/\.$/, '');
    return textOf(hint) ? `${sentence}. ${textOf(hint)}` : sentence;
  }
  const { reason, advice } = describeError(error);

  return `${reason} ${advice}`;
}

/**
 * Places a failed save against a field: the rule for the first constraint or column the
 * error names, else `fallbackField`.
 */
export function fieldErrorFromDatabase(
  error: unknown,
  rules: Readonly<Record<string, FieldRule>>,
  fallbackField: string,
): FieldError {
  for (const name of namesInDatabaseError(error)) {
    const rule = rules[name];
    if (rule) {
      return { fieldId: rule.field, text: rule.text ?? databaseMessage(error) };
    }
  }

  return { fieldId: fallbackField, text: databaseMessage(error) };
}
