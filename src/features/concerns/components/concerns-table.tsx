import { Link } from 'react-router';

import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatShortDate, isoDateInLondon } from '@/lib/dates';

import { PRIORITY_LABELS, type ConcernRow } from '../types';
import { concernAbout, concernAgeDays, daysText } from './concern-age';
import { ConcernStatusTag } from './concern-status-tag';

interface ConcernsTableProps {
  schoolId: string;
  caption: string;
  /** GOV.UK caption size: 'm' on the concerns page, 's' inside another page's section. */
  captionSize?: 's' | 'm';
  rows: ConcernRow[];
}

export function ConcernsTable({ schoolId, caption, captionSize = 'm', rows }: ConcernsTableProps) {
  const now = new Date();

  return (
    <div className="app-table-scroll" {...scrollRegion(caption)}>
      <table className="govuk-table app-table--compact">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Concern
            </th>
            <th scope="col" className="govuk-table__header">
              About
            </th>
            <th scope="col" className="govuk-table__header">
              Raised
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Age
            </th>
            <th scope="col" className="govuk-table__header">
              Priority
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Assigned to
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.id}>
              <th scope="row" className="govuk-table__header app-table__cell--wrap">
                <Link className="govuk-link" to={paths.concern(schoolId, row.id)}>
                  {row.summary}
                </Link>
              </th>
              <td className="govuk-table__cell">{concernAbout(row)}</td>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {formatShortDate(isoDateInLondon(new Date(row.raised_at)))}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {daysText(concernAgeDays(row, now))}
              </td>
              <td className="govuk-table__cell">
                {row.priority ? PRIORITY_LABELS[row.priority] : 'Not triaged'}
              </td>
              <td className="govuk-table__cell">
                <ConcernStatusTag status={row.status} />
              </td>
              <td className="govuk-table__cell">{row.assigned_to?.full_name ?? 'Nobody'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
