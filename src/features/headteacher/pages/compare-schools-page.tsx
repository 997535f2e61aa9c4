import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useTrustSummary } from '../api/get-trust-summary';
import type { TrustSchool } from '../types';

const COLUMNS = [
  'Active ECTs',
  'ECTs without a mentor',
  'Sessions in the last 4 term weeks (held of expected)',
  'ECTs with no session for over 2 term weeks',
  'Pairings with a slot',
  'Open concerns',
];

/** Text of a school's figures in column order; null when the user's role shows no figures. */
export function trustCells(row: TrustSchool): string[] | null {
  if (!row.whole_school) return null;
  return [
    formatFigure(row.active_ects),
    formatFigure(row.ects_without_mentor),
    `${formatFigure(row.sessions_held_last_4_weeks)} of ${formatFigure(row.sessions_expected_last_4_weeks)}`,
    formatFigure(row.ects_without_recent_session),
    `${formatFigure(row.pairings_with_slot)} of ${formatFigure(row.active_pairings)}`,
    formatFigure(row.open_concerns),
  ];
}

function CompareBody() {
  const summary = useTrustSummary();

  if (summary.isPending) {
    return <LoadingState what="your schools" />;
  }
  if (summary.isError) {
    return (
      <ErrorState
        title="Your schools could not be loaded"
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  if (summary.data.length === 0) {
    return (
      <EmptyState title="No schools to compare">
        <p className="govuk-body">You do not hold a role at any school.</p>
      </EmptyState>
    );
  }

  return (
    <div className="app-table-scroll" {...scrollRegion('Mentoring at your schools')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Mentoring at your schools
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              School
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className="govuk-table__header govuk-table__header--numeric"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {summary.data.map((row) => {
            const cells = trustCells(row);
            return (
              <tr key={row.school_id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={paths.school(row.school_id)}>
                    {row.school_name}
                  </Link>
                </th>
                {cells ? (
                  cells.map((text, index) => (
                    <td
                      key={COLUMNS[index]}
                      className="govuk-table__cell govuk-table__cell--numeric"
                    >
                      {text}
                    </td>
                  ))
                ) : (
                  <td className="govuk-table__cell" colSpan={COLUMNS.length}>
                    Your role here shows only your own mentoring or induction.
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CompareSchoolsPage() {
  return (
    <>
      <title>Compare schools – ECT mentoring</title>
      <h1 className="govuk-heading-l">Compare your schools</h1>
      <p className="govuk-body">
        Figures as of {formatLongDate(isoDateInLondon(new Date()))} for each school where you are
        the headteacher or induction tutor.
      </p>
      <CompareBody />
    </>
  );
}
