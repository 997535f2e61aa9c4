import { Link } from 'react-router';

import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatShortDate } from '@/lib/dates';

import type { MenteePairing } from '../types';

interface MenteesTableProps {
  schoolId: string;
  pairings: MenteePairing[];
}

/** Lists every ECT the mentor has mentored here, most recent first. */
export function MenteesTable({ schoolId, pairings }: MenteesTableProps) {
  const sorted = [...pairings].sort((a, b) => (a.started_on < b.started_on ? 1 : -1));

  if (sorted.length === 0) {
    return <p className="govuk-body">Not paired with any ECT yet.</p>;
  }

  return (
    <div className="app-table-scroll" {...scrollRegion('ECTs mentored at this school')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">
          ECTs mentored at this school
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              ECT
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
          {sorted.map((pairing) => {
            const induction = pairing.ect_induction;
            const name = induction?.ect?.full_name ?? 'Name not available';
            return (
              <tr key={pairing.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {induction ? (
                    <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                </th>
                <td className="govuk-table__cell app-table__cell--nowrap">
                  {formatShortDate(pairing.started_on)}
                </td>
                <td className="govuk-table__cell app-table__cell--nowrap">
                  {pairing.ended_on ? formatShortDate(pairing.ended_on) : 'Now'}
                </td>
                <td className="govuk-table__cell">{pairing.end_reason ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
