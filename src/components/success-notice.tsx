import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** The navigation state a page passes to the next one to confirm what was saved. */
export interface NoticeState {
  notice?: string;
}

/**
 * Shows a GOV.UK success banner with the notice that the previous page passed in the
 * navigation state, and moves focus to it so screen readers announce it.
 */
export function SuccessNotice() {
  const location = useLocation();
  const notice = (location.state as NoticeState | null)?.notice;
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) {
      bannerRef.current?.focus();
    }
  }, [notice]);

  if (!notice) {
    return null;
  }

  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-notice-title"
      tabIndex={-1}
      ref={bannerRef}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-notice-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{notice}</p>
      </div>
    </div>
  );
}
