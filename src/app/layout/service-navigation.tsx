import { useQuery } from '@tanstack/react-query';
import { NavLink, useFetcher, useMatch } from 'react-router';

import { paths } from '@/config/paths';
import { mySchoolRolesQueryOptions } from '@/features/schools/api/get-my-school-roles';
import { groupBySchool, type SchoolMembership } from '@/features/schools/roles';
import { useSession } from '@/lib/session';

import type { SignOutFailure } from '../sign-out';

interface NavItem {
  label: string;
  to: string;
}

function navItems(memberships: SchoolMembership[], schoolId: string | undefined): NavItem[] {
  const membership = memberships.find((school) => school.schoolId === schoolId);
  const items: NavItem[] = [];
  if (membership) {
    const { roles } = membership;
    if (roles.includes('induction_tutor') || roles.includes('headteacher')) {
      items.push({ label: 'Dashboard', to: paths.schoolDashboard(membership.schoolId) });
    }
    if (roles.includes('induction_tutor')) {
      items.push(
        { label: 'Staff', to: paths.staffList(membership.schoolId) },
        { label: 'ECTs', to: paths.inductions(membership.schoolId) },
        { label: 'Concerns', to: paths.concerns(membership.schoolId) },
        { label: 'Term dates', to: paths.termDates(membership.schoolId) },
      );
    }
    if (roles.includes('induction_tutor') || roles.includes('headteacher')) {
      items.push({ label: 'Mentor time', to: paths.mentorTime(membership.schoolId) });
    }
    if (roles.includes('headteacher') && !roles.includes('induction_tutor')) {
      items.push({ label: 'Concerns', to: paths.concernsSummary(membership.schoolId) });
    }
    if (roles.includes('mentor')) {
      items.push(
        { label: 'My ECTs', to: paths.myEcts(membership.schoolId) },
        { label: 'My concerns', to: paths.myConcerns(membership.schoolId) },
        { label: 'My training', to: paths.myTraining(membership.schoolId) },
      );
    }
    if (roles.includes('ect')) {
      items.push({ label: 'My induction', to: paths.myInduction(membership.schoolId) });
    }
  }
  if (memberships.length > 1) {
    items.push({ label: 'Compare schools', to: paths.compareSchools });
    items.push({ label: 'Change school', to: paths.home });
  }

  return items;
}

function NavItem({ label, to }: NavItem) {
  // GOV.UK marks the current item on the list item as well as on the link. A section's pages
  // below its list page (a person under Staff) keep the section marked.
  const end = to === paths.home;
  const current = useMatch({ path: to, end }) !== null;

  return (
    <li
      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <NavLink className="govuk-service-navigation__link" to={to} end={end}>
        {current ? (
          <strong className="govuk-service-navigation__active-fallback">{label}</strong>
        ) : (
          label
        )}
      </NavLink>
    </li>
  );
}

/** Renders the bar under the header: links to the user's pages at this school, and sign-out. */
export function ServiceNavigation() {
  const session = useSession();
  const schoolMatch = useMatch('/schools/:schoolId/*');
  const roles = useQuery({ ...mySchoolRolesQueryOptions(), enabled: session !== null });
  const signOut = useFetcher<SignOutFailure>();

  if (!session) {
    return null;
  }

  const items = navItems(groupBySchool(roles.data ?? []), schoolMatch?.params.schoolId);
  const failure = signOut.data;

  return (
    <section className="govuk-service-navigation" aria-label="Service information">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {items.map((item) => (
                <NavItem key={item.to} {...item} />
              ))}
              <li className="govuk-service-navigation__item app-service-navigation__account">
                <span className="govuk-service-navigation__text app-service-navigation__email">
                  {session.user.email}
                </span>
                <signOut.Form method="post" action={paths.signOut} className="app-inline-form">
                  <button
                    type="submit"
                    className="govuk-service-navigation__link app-link-button"
                    disabled={signOut.state !== 'idle'}
                  >
                    Sign out
                  </button>
                </signOut.Form>
              </li>
            </ul>
          </nav>
        </div>
        {failure && (
          <p className="govuk-error-message app-sign-out-error" role="alert">
            Sign-out failed. {failure.reason} {failure.advice}
          </p>
        )}
      </div>
    </section>
  );
}
