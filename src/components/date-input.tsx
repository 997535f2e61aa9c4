export interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface DateInputProps {
  /** Id of the fieldset; the day input gets `${id}-day`, which error links point at. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS: { key: keyof DateParts; label: string; width: number }[] = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
];

/** GOV.UK's date input: day, month and year in separate boxes inside one fieldset. */
export function DateInput({ id, legend, hint, error, value, onChange }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

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
                    error ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${part.key}`}
                  name={`${id}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
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

/** Turns the three boxes into 'YYYY-MM-DD', or null when they do not make a real date. */
export function isoDateFromParts({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim())) return null;
  if (!/^\d{4}$/.test(year.trim())) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Splits 'YYYY-MM-DD' into the three boxes, without leading zeros as a person types them. */
export function partsFromIsoDate(value: string): DateParts {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
