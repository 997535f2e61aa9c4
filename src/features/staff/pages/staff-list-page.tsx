import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';

import { useSchoolStaff } from '../api/get-school-staff';
import { InvitationTag } from '../components/invitation-tag';
import { rolesText } from '../components/roles-text';
import type { StaffListRow } from '../types';

interface StaffListPageProps {
  schoolId: string;
  schoolName: string;
}

function StaffTable({ schoolId, rows }: { schoolId: string; rows: StaffListRow[] }) {
  return (
    <div className="app-table-scroll" {...scrollRegion('People at this school')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          People at this school
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Roles
            </th>
            <th scope="col" className="govuk-table__header">
              TRN
            </th>
            <th scope="col" className="govuk-table__header">
              QTS
            </th>
            <th scope="col" className="govuk-table__header">
              Sign-in
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.staffMember(schoolId, row.id)}>
                  {row.full_name}
                </Link>
              </th>
              <td className="govuk-table__cell app-table__cell--break">{row.email}</td>
              <td className="govuk-table__cell">{rolesText(row.school_roles)}</td>
              <td className="govuk-table__cell app-table__cell--nowrap">{row.trn ?? 'None'}</td>
              <td className="govuk-table__cell">{row.qts_held ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">
                <InvitationTag userId={row.user_id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StaffListBody({ schoolId }: { schoolId: string }) {
  const staff = useSchoolStaff(schoolId);

  if (staff.isPending) {
    return <LoadingState what="the school’s staff" />;
  }
  if (staff.isError) {
    return (
      <ErrorState
        title="The staff list could not be loaded"
        error={staff.error}
        onRetry={() => void staff.refetch()}
      />
    );
  }
  if (staff.data.length === 0) {
    return (
      <EmptyState title="Nobody recorded yet">
        <p className="govuk-body">Add people one by one, or import them from your MIS.</p>
      </EmptyState>
    );
  }

  const invited = staff.data.filter((row) => row.user_id === null).length;

  return (
    <>
      <p className="govuk-body">
        {staff.data.length} {staff.data.length === 1 ? 'person' : 'people'}, of whom {invited}{' '}
        {invited === 1 ? 'has' : 'have'} not signed up yet.
      </p>
      <StaffTable schoolId={schoolId} rows={staff.data} />
    </>
  );
}

export function StaffListPage({ schoolId, schoolName }: StaffListPageProps) {
  return (
    <>
      <title>{`Staff – ${schoolName} – ECT mentoring`}</title>
      <SuccessNotice />
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Staff</h1>
      <p className="govuk-body">
        Everyone with a role in ECT mentoring here. A person invited by email sees their pages once
        they sign up with that address.
      </p>
      <div className="govuk-button-group">
        <Link className="govuk-button" to={paths.addStaff(schoolId)}>
          Add a person
        </Link>
        <Link className="govuk-button govuk-button--secondary" to={paths.importStaff(schoolId)}>
          Import from a CSV file
        </Link>
      </div>
      <StaffListBody schoolId={schoolId} />
    </>
  );
}
