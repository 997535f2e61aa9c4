import { ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { Tile, TileGrid } from '@/components/tiles';
import { formatLongDate, formatShortDate } from '@/lib/dates';
import { formatFigure, formatQuantity } from '@/lib/format';

import { useConcernsSummary } from '../api/get-concerns-summary';
import type { SchoolConcernsSummary } from '../types';

interface ConcernsSummaryPageProps {
  schoolId: string;
  schoolName: string;
}

const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In progress',
  escalated: 'Escalated to the appropriate body',
  resolved: 'Resolved',
};

function UnresolvedTable({ data }: { data: SchoolConcernsSummary }) {
  if (data.unresolved.length === 0) {
    return <p className="govuk-body">There are no unresolved concerns.</p>;
  }
  return (
    <div className="app-table-scroll" {...scrollRegion('Unresolved concerns, oldest first')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Unresolved concerns, oldest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Summary
            </th>
            <th scope="col" className="govuk-table__header">
              About
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Raised
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Days open
            </th>
            <th scope="col" className="govuk-table__header">
              With
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data.unresolved.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.summary}
              </th>
              <td className="govuk-table__cell">
                {row.subject === 'mentor_capacity'
                  ? `${row.about_name ?? 'A mentor'}'s time or capacity`
                  : `${row.about_name ?? 'An ECT'}'s progress`}
              </td>
              <td className="govuk-table__cell">{STATUS_LABELS[row.status] ?? row.status}</td>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(row.raised_on)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatFigure(row.days_open)}
              </td>
              <td className="govuk-table__cell">{row.assigned_to_name ?? 'Nobody yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConcernsBody({ schoolId }: { schoolId: string }) {
  const summary = useConcernsSummary(schoolId);

  if (summary.isPending) {
    return <LoadingState what="the concerns" />;
  }
  if (summary.isError) {
    return (
      <ErrorState
        title="The concerns could not be loaded"
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const data = summary.data;

  return (
    <>
      <p className="govuk-body">Figures as of {formatLongDate(data.as_of)}.</p>
      <TileGrid label="Concerns by status">
        <Tile label="Open" figure={formatFigure(data.open)} />
        <Tile label="In progress" figure={formatFigure(data.in_progress)} />
        <Tile
          label="Escalated to the appropriate body"
          figure={formatFigure(data.escalated)}
          tone={data.escalated > 0 ? 'attention' : 'neutral'}
        />
        <Tile label="Resolved" figure={formatFigure(data.resolved)} />
        <Tile
          label="Unresolved, about ECTs' progress"
          figure={formatFigure(data.unresolved_ect_progress)}
        />
        <Tile
          label="Unresolved, about mentors' time"
          figure={formatFigure(data.unresolved_mentor_capacity)}
          detail={
            data.oldest_unresolved_days === null
              ? 'No unresolved concerns'
              : `Oldest unresolved for ${formatQuantity(data.oldest_unresolved_days, 'day', 'days')}`
          }
        />
      </TileGrid>
      <UnresolvedTable data={data} />
    </>
  );
}

export function ConcernsSummaryPage({ schoolId, schoolName }: ConcernsSummaryPageProps) {
  return (
    <>
      <title>{`Concerns – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Concerns summary</h1>
      <ConcernsBody schoolId={schoolId} />
    </>
  );
}
