import type { ReactNode } from 'react';

/** GOV.UK's two-thirds column, which keeps lines of text at a readable length. */
export function TwoThirdsColumn({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}
