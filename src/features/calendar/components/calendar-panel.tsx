import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatShortDate } from '@/lib/dates';

import { useInductionCalendar } from '../api/get-induction-calendar';
import { KIND_LABELS, type Checkpoint } from '../types';
import { CheckpointStatusTag } from './checkpoint-status';

interface CalendarPanelProps {
  schoolId: string;
  inductionId: string;
}

function outcomeText(checkpoint: Checkpoint): string {
  if (checkpoint.status !== 'done' || checkpoint.on_track === null) {
    return '';
  }
  return checkpoint.on_track ? 'On track' : 'Not on track';
}

/** The six checkpoints of the induction: when each falls due and whether it took place. */
export function CalendarPanel({ schoolId, inductionId }: CalendarPanelProps) {
  const calendar = useInductionCalendar(schoolId, inductionId);

  if (calendar.isPending) {
    return <LoadingState what="the induction calendar" />;
  }
  if (calendar.isError) {
    return (
      <ErrorState
        title="The induction calendar could not be loaded"
        error={calendar.error}
        onRetry={() => void calendar.refetch()}
      />
    );
  }

  const missingDates = calendar.data.some((checkpoint) => checkpoint.due_on === null);

  return (
    <section aria-labelledby="calendar-heading">
      <h2 className="govuk-heading-m" id="calendar-heading">
        Progress reviews and assessments
      </h2>
      <p className="govuk-body app-measure">
        A progress review in induction terms 1, 2, 4 and 5 and a formal assessment in terms 3 and 6,
        each due by the end of its term. A part-time ECT’s terms last longer, pro rata.
      </p>
      <div className="app-table-scroll" {...scrollRegion('Induction calendar')}>
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Induction calendar
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Induction term
              </th>
              <th scope="col" className="govuk-table__header">
                Checkpoint
              </th>
              <th scope="col" className="govuk-table__header">
                School terms
              </th>
              <th scope="col" className="govuk-table__header">
                Due by
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Outcome
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {calendar.data.map((checkpoint) => (
              <tr className="govuk-table__row" key={checkpoint.induction_term}>
                <th scope="row" className="govuk-table__header">
                  Term {checkpoint.induction_term}
                </th>
                <td className="govuk-table__cell">{KIND_LABELS[checkpoint.kind]}</td>
                <td className="govuk-table__cell app-table__cell--nowrap">
                  {checkpoint.window_starts_on && checkpoint.due_on
                    ? `${formatShortDate(checkpoint.window_starts_on)} to ${formatShortDate(checkpoint.due_on)}`
                    : 'Term dates not recorded'}
                </td>
                <td className="govuk-table__cell app-table__cell--nowrap">
                  {checkpoint.due_on ? formatShortDate(checkpoint.due_on) : 'Not known'}
                </td>
                <td className="govuk-table__cell">
                  <CheckpointStatusTag checkpoint={checkpoint} />
                </td>
                <td className="govuk-table__cell">{outcomeText(checkpoint)}</td>
                <td className="govuk-table__cell">
                  <Link
                    className="govuk-link"
                    to={paths.recordReview(schoolId, inductionId, checkpoint.induction_term)}
                  >
                    {checkpoint.status === 'done' ? 'Change' : 'Record'}
                    <span className="govuk-visually-hidden">
                      {' '}
                      {KIND_LABELS[checkpoint.kind].toLowerCase()} for term{' '}
                      {checkpoint.induction_term}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missingDates && (
        <p className="govuk-body">
          Some due dates are not known yet.{' '}
          <Link className="govuk-link" to={paths.termDates(schoolId)}>
            Add the school’s later term dates
          </Link>{' '}
          to see them.
        </p>
      )}
    </section>
  );
}
