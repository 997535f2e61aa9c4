import type { TextareaHTMLAttributes } from 'react';

import { countCharacters } from '@/lib/characters';
import { formatFigure } from '@/lib/format';

interface TextareaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'className' | 'value'
> {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  /**
   * Shows GOV.UK's character count against this limit, without stopping the typing. It counts
   * code points, as the database's char_length does.
   */
  maxCharacters?: number;
}

/** Renders a GOV.UK textarea with its label, hint, error message and optional character count. */
export function Textarea({
  id,
  label,
  value,
  error,
  hint,
  maxCharacters,
  ...textareaProps
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const countId = maxCharacters ? `${id}-info` : null;
  const describedBy = [hintId, errorId, countId].filter(Boolean).join(' ') || undefined;
  const remaining = maxCharacters ? maxCharacters - countCharacters(value) : 0;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={hintId ?? undefined}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={errorId ?? undefined}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={5}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value}
        {...textareaProps}
      />
      {maxCharacters && (
        <div
          id={countId ?? undefined}
          className={`govuk-hint govuk-character-count__message${
            remaining < 0 ? ' govuk-error-message' : ''
          }`}
          aria-live="polite"
        >
          {remaining >= 0
            ? `You have ${formatFigure(remaining)} ${remaining === 1 ? 'character' : 'characters'} remaining`
            : `You have ${formatFigure(-remaining)} ${remaining === -1 ? 'character' : 'characters'} too many`}
        </div>
      )}
    </div>
  );
}
