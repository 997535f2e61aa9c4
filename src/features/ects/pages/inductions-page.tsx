import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatShortDate, isoDateInLondon } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useSchoolInductions } from '../api/get-school-inductions';
import { StatusTag } from '../components/status-tag';
import { PROGRAMME_NAMES, type InductionListRow } from '../induction-types';

interface InductionsPageProps {
  schoolId: string;
  schoolName: string;
}

function currentMentorName(row: InductionListRow, today: string): string {
  const pairing = row.pairings.find(
    (candidate) =>
      candidate.started_on <= today && (candidate.ended_on === null || candidate.ended_on >= today),
  );
  if (!pairing) {
    return 'None';
  }

  return pairing.mentor?.staff?.full_name ?? 'Name not available';
}

function InductionsTable({ schoolId, rows }: { schoolId: string; rows: InductionListRow[] }) {
  const today = isoDateInLondon(new Date());

  return (
    <div className="app-table-scroll" {...scrollRegion('ECT inductions at this school')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          ECT inductions at this school
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              ECT
            </th>
            <th scope="col" className="govuk-table__header">
              Started
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              FTE
            </th>
            <th scope="col" className="govuk-table__header">
              Programme
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Mentor today
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.induction(schoolId, row.id)}>
                  {row.ect?.full_name ?? 'Name not available'}
                </Link>
              </th>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(row.started_on)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatFigure(row.fte, { maximumFractionDigits: 2 })}
              </td>
              <td className="govuk-table__cell">{PROGRAMME_NAMES[row.programme]}</td>
              <td className="govuk-table__cell">
                <StatusTag status={row.status} />
                {row.status !== 'active' && row.status_changed_on && (
                  <span className="app-cell-note">
                    {' '}
                    since {formatShortDate(row.status_changed_on)}
                  </span>
                )}
              </td>
              <td className="govuk-table__cell">{currentMentorName(row, today)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InductionsBody({ schoolId }: { schoolId: string }) {
  const inductions = useSchoolInductions(schoolId);

  if (inductions.isPending) {
    return <LoadingState what="the school’s ECTs" />;
  }
  if (inductions.isError) {
    return (
      <ErrorState
        title="The ECT list could not be loaded"
        error={inductions.error}
        onRetry={() => void inductions.refetch()}
      />
    );
  }
  if (inductions.data.length === 0) {
    return (
      <EmptyState title="No ECT inductions recorded">
        <p className="govuk-body">Add an ECT on the staff page, with their induction start date.</p>
      </EmptyState>
    );
  }

  return <InductionsTable schoolId={schoolId} rows={inductions.data} />;
}

export function InductionsPage({ schoolId, schoolName }: InductionsPageProps) {
  return (
    <>
      <title>{`ECTs – ${schoolName} – ECT mentoring`}</title>
      <SuccessNotice />
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">ECTs</h1>
      <p className="govuk-body">
        Every induction recorded here, ended ones too: an ECT who moves school keeps their record
        and their mentors’ history.
      </p>
      <p className="govuk-body">
        <Link className="govuk-button" to={paths.addStaff(schoolId)}>
          Add an ECT
        </Link>
      </p>
      <InductionsBody schoolId={schoolId} />
    </>
  );
}
