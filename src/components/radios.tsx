export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadiosProps {
  /** Name of the group; the first radio gets this id, which error links point at. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  /** GOV.UK's inline layout, for two short options such as Yes and No. */
  inline?: boolean;
}

/** GOV.UK radios in a fieldset, with the legend, optional hint and error message. */
export function Radios({ id, legend, hint, error, options, value, onChange, inline }: RadiosProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
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
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={optionHintId}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={optionHintId} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
