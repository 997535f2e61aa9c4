import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';

import { paths } from '@/config/paths';

import { ServiceNavigation } from './service-navigation';

function Header() {
  // A plain text logo: the GOV.UK crown and header brand are reserved for government services.
  return (
    <header className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to={paths.home} className="govuk-generic-header__homepage-link app-header__name">
            ECT mentoring
          </Link>
        </div>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer app-footer">
      <div className="govuk-width-container">
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          ECT mentoring: arranging and tracking mentoring for early career teachers in English
          schools.
        </p>
      </div>
    </footer>
  );
}

interface AppLayoutProps {
  /** Replaces the routed page, for the route error boundary. */
  children?: ReactNode;
}

export function AppLayout({ children }: AppLayoutProps) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      <ServiceNavigation />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
      <Footer />
    </>
  );
}
