import { Link } from 'react-router';

import { scrollRegion } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { formatShortDate } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { SESSION_KIND_LABELS, type MentorSession } from '../types';

interface SessionsTableProps {
  caption: string;
  schoolId: string;
  sessions: MentorSession[];
  /** The signed-in user, who may change the sessions they logged. */
  userId: string | null;
}

export function SessionsTable({ caption, schoolId, sessions, userId }: SessionsTableProps) {
  return (
    <div className="app-table-scroll" {...scrollRegion(caption)}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Date
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Minutes
            </th>
            <th scope="col" className="govuk-table__header">
              In teaching hours
            </th>
            <th scope="col" className="govuk-table__header">
              Notes
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sessions.map((session) => {
            const date = formatShortDate(session.held_on);
            return (
              <tr key={session.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {date}
                </th>
                <td className="govuk-table__cell">{SESSION_KIND_LABELS[session.kind]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatFigure(session.minutes)}
                </td>
                <td className="govuk-table__cell">{session.in_teaching_hours ? 'Yes' : 'No'}</td>
                <td className="govuk-table__cell app-table__cell--notes">{session.notes ?? ''}</td>
                <td className="govuk-table__cell app-table__cell--nowrap">
                  {session.created_by !== null && session.created_by === userId ? (
                    <>
                      <Link
                        className="govuk-link"
                        to={paths.editSession(schoolId, session.pairing_id, session.id)}
                      >
                        Change<span className="govuk-visually-hidden"> session on {date}</span>
                      </Link>{' '}
                      <Link
                        className="govuk-link"
                        to={paths.deleteSession(schoolId, session.pairing_id, session.id)}
                      >
                        Delete<span className="govuk-visually-hidden"> session on {date}</span>
                      </Link>
                    </>
                  ) : (
                    'Logged by someone else'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
