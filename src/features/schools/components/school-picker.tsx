import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { ROLE_LABELS, type SchoolMembership } from '../roles';

interface SchoolPickerProps {
  memberships: SchoolMembership[];
}

export function SchoolPicker({ memberships }: SchoolPickerProps) {
  return (
    <ul className="govuk-list app-school-list">
      {memberships.map((membership) => (
        <li key={membership.schoolId} className="app-school-list__item">
          <Link className="govuk-link govuk-heading-s" to={paths.school(membership.schoolId)}>
            {membership.schoolName}
          </Link>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Your roles: {membership.roles.map((role) => ROLE_LABELS[role]).join(', ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
