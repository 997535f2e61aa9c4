import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatLongDate, formatShortDate, isoDateInLondon } from '@/lib/dates';

import { usePairingInduction } from '../api/get-pairing-induction';
import type { InductionPairing } from '../pairing-types';
import { pairingOn } from './mentor-choice';

interface MentorPanelProps {
  schoolId: string;
  inductionId: string;
}

function mentorName(pairing: InductionPairing): string {
  return pairing.mentor?.staff?.full_name ?? 'Name not available';
}

function HistoryTable({ pairings }: { pairings: InductionPairing[] }) {
  return (
    <div className="app-table-scroll" {...scrollRegion('Mentors')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">Mentors</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Mentor
            </th>
            <th scope="col" className="govuk-table__header">
              From
            </th>
            <th scope="col" className="govuk-table__header">
              To
            </th>
            <th scope="col" className="govuk-table__header">
              Why it ended
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {pairings.map((pairing) => (
            <tr className="govuk-table__row" key={pairing.id}>
              <th scope="row" className="govuk-table__header">
                {mentorName(pairing)}
              </th>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(pairing.started_on)}
              </td>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {pairing.ended_on ? formatShortDate(pairing.ended_on) : 'Now'}
              </td>
              <td className="govuk-table__cell">{pairing.end_reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Shows the ECT's mentor today, the actions on it, and every mentor they have had here. */
export function MentorPanel({ schoolId, inductionId }: MentorPanelProps) {
  const induction = usePairingInduction(schoolId, inductionId);

  if (induction.isPending) {
    return <LoadingState what="the ECT’s mentors" />;
  }
  if (induction.isError) {
    return (
      <ErrorState
        title="The ECT’s mentors could not be loaded"
        error={induction.error}
        onRetry={() => void induction.refetch()}
      />
    );
  }

  const { pairings, status } = induction.data;
  const today = isoDateInLondon(new Date());
  const current = pairingOn(pairings, today);
  const upcoming = pairings.find((pairing) => pairing.started_on > today) ?? null;
  const open = status === 'active' || status === 'paused';

  return (
    <section aria-labelledby="mentor-heading">
      <h2 className="govuk-heading-m" id="mentor-heading">
        Mentor
      </h2>
      <p className="govuk-body">
        {current ? (
          <>
            <strong>{mentorName(current)}</strong> since {formatLongDate(current.started_on)}
            {current.ended_on ? `, until ${formatLongDate(current.ended_on)}` : ''}.
          </>
        ) : (
          <>No mentor today.</>
        )}
        {upcoming && (
          <>
            {' '}
            {mentorName(upcoming)} starts on {formatLongDate(upcoming.started_on)}.
          </>
        )}
      </p>
      {open && (
        <div className="govuk-button-group">
          <Link className="govuk-button" to={paths.assignMentor(schoolId, inductionId)}>
            {current || upcoming ? 'Change mentor' : 'Assign a mentor'}
          </Link>
          {current && current.ended_on === null && (
            <Link
              className="govuk-button govuk-button--secondary"
              to={paths.endPairing(schoolId, inductionId, current.id)}
            >
              End this pairing
            </Link>
          )}
        </div>
      )}
      {pairings.length > 0 && <HistoryTable pairings={pairings} />}
    </section>
  );
}
