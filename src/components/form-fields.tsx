// GOV.UK Frontend form fields beside TextInput: each renders its label or legend, hint and
// error message, and marks itself invalid when it has an error. Dates use DateInput.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

function groupClass(error?: string): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

interface RadiosProps<T extends string> {
  id: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  inline?: boolean;
  /** Shown under the radios, for example a warning about the selected choice. */
  children?: ReactNode;
}

/**
 * Renders a fieldset of radios. The first radio takes the field's id, so the error summary's link
 * can focus it.
 */
export function Radios<T extends string>({
  id,
  legend,
  choices,
  value,
  onChange,
  error,
  hint,
  inline = false,
  children,
}: RadiosProps<T>) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={id}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  onChange={() => onChange(choice.value)}
                  aria-describedby={choice.hint ? `${inputId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className="govuk-hint govuk-radios__hint" id={`${inputId}-item-hint`}>
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}

interface CheckboxesProps<T extends string> {
  id: string;
  legend: string;
  choices: readonly Choice<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  error?: string;
  hint?: ReactNode;
}

export function Checkboxes<T extends string>({
  id,
  legend,
  choices,
  values,
  onChange,
  error,
  hint,
}: CheckboxesProps<T>) {
  function toggle(choice: T, checked: boolean) {
    const next = checked ? [...values, choice] : values.filter((value) => value !== choice);
    // Keep the order of the choices, whatever order they were ticked in.
    onChange(choices.map((item) => item.value).filter((value) => next.includes(value)));
  }

  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div className="govuk-checkboxes__item" key={choice.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={id}
                  type="checkbox"
                  value={choice.value}
                  checked={values.includes(choice.value)}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className="govuk-hint govuk-checkboxes__hint">{choice.hint}</div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

export function SelectField({ id, label, error, hint, children, ...props }: SelectFieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      >
        {children}
      </select>
    </div>
  );
}

interface TextareaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'className'
> {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function TextareaField({ id, label, error, hint, ...props }: TextareaFieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      />
    </div>
  );
}
