import type { ReactNode } from 'react';

import { describeError } from '@/lib/errors';

interface LoadingStateProps {
  /** What is loading, as it would end the sentence 'Loading ...'. */
  what: string;
}

export function LoadingState({ what }: LoadingStateProps) {
  return (
    <p className="govuk-body app-loading" role="status">
      Loading {what}…
    </p>
  );
}

interface ErrorStateProps {
  /** What failed, as a heading: 'The dashboard could not be loaded'. */
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** Says what failed and what to do, with the server's message for support staff. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const { reason, advice, technical } = describeError(error);

  return (
    <div className="app-error-state" role="alert">
      <h2 className="govuk-heading-m">{title}</h2>
      <p className="govuk-body">
        {reason} {advice}
      </p>
      {onRetry && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
      {technical && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Technical details</span>
          </summary>
          <div className="govuk-details__text">
            <code>{technical}</code>
          </div>
        </details>
      )}
    </div>
  );
}

interface EmptyStateProps {
  title: string;
  children: ReactNode;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="app-empty-state">
      <h2 className="govuk-heading-m">{title}</h2>
      {children}
    </div>
  );
}
