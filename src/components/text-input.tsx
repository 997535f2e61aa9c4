import type { InputHTMLAttributes } from 'react';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** GOV.UK fixed input width in characters, for values of a known length such as a TRN. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
}

/** A GOV.UK text input with its label, optional hint and error message. */
export function TextInput({ id, label, error, hint, width, ...inputProps }: TextInputProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

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
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...inputProps}
      />
    </div>
  );
}
