import { ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { formatShortDate, isoDateInLondon } from '@/lib/dates';

import { useStatusHistory } from '../api/get-status-history';
import { STATUS_LABELS } from '../induction-types';

interface StatusHistoryProps {
  schoolId: string;
  inductionId: string;
}

export function StatusHistory({ schoolId, inductionId }: StatusHistoryProps) {
  const history = useStatusHistory(schoolId, inductionId);

  if (history.isPending) {
    return <LoadingState what="the status history" />;
  }
  if (history.isError) {
    return (
      <ErrorState
        title="The status history could not be loaded"
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    );
  }

  return (
    <div className="app-table-scroll" {...scrollRegion('Status history')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">Status history</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              From
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Reason
            </th>
            <th scope="col" className="govuk-table__header">
              Recorded
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {history.data.map((entry) => (
            <tr className="govuk-table__row" key={entry.recordedAt}>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(entry.changedOn)}
              </td>
              <td className="govuk-table__cell">{STATUS_LABELS[entry.status]}</td>
              <td className="govuk-table__cell">{entry.reason ?? ''}</td>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(isoDateInLondon(new Date(entry.recordedAt)))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
