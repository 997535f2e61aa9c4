import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface SummaryRowProps {
  label: string;
  children: ReactNode;
  /** A "Change" link for the row; its hidden text names the row for screen readers. */
  changeTo?: string;
}

export function SummaryRow({ label, children, changeTo }: SummaryRowProps) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
      {changeTo && (
        <dd className="govuk-summary-list__actions">
          <Link className="govuk-link" to={changeTo}>
            Change<span className="govuk-visually-hidden"> {label.toLowerCase()}</span>
          </Link>
        </dd>
      )}
    </div>
  );
}
