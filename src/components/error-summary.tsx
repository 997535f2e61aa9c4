import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** Id of the field the error belongs to, without '#'. */
  fieldId: string;
  text: string;
}

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /** Errors of the whole form, such as a failed save, listed without a link to a field. */
  formErrors?: string[];
}

function focusField(fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) {
    return;
  }
  // Scroll the label into view as well, so the user sees what the field is for.
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/** Lists a form's errors at the top of the page, takes focus when shown, links to each field. */
export function ErrorSummary({ errors, formErrors = [] }: ErrorSummaryProps) {
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    summaryRef.current?.focus();
  }, [errors, formErrors]);

  return (
    <div
      className="govuk-error-summary"
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.fieldId}:${error.text}`}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(error.fieldId);
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
          {formErrors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
