import { datePartsInError, type DatePart, type DateParts } from '@/lib/date-parts';

interface DateInputProps {
  /** Id of the date input. The day box gets `${id}-day`, which error links point at. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Lets the browser fill in the user's own birth date. Other dates turn autocomplete off. */
  isBirthDate?: boolean;
}

const PARTS: { key: DatePart; label: string; width: number }[] = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
];

/** GOV.UK's date input: day, month and year in separate boxes inside one fieldset. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  isBirthDate = false,
}: DateInputProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const partsInError = error ? datePartsInError(value) : [];

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
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
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => (
            <div key={part.key} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={`${id}-${part.key}`}
                >
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${
                    partsInError.includes(part.key) ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${part.key}`}
                  name={`${id}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={isBirthDate ? `bday-${part.key}` : 'off'}
                  value={value[part.key]}
                  onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
