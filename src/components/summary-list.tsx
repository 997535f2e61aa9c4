import type { ReactNode } from 'react';

interface SummaryListProps {
  rows: { key: string; value: ReactNode }[];
  noBorder?: boolean;
}

/** GOV.UK's summary list: one key and value per row. */
export function SummaryList({ rows, noBorder }: SummaryListProps) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
