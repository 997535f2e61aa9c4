import { scrollRegion } from '@/components/table-scroll';
import { Tag } from '@/components/tag';

import type { ImportRow } from '../types';

const ROLE_NAMES = {
  ect: 'ECT',
  mentor: 'Mentor',
  headteacher: 'Headteacher',
  induction_tutor: 'Induction tutor',
} as const;

function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function RowStatus({ row, existing }: { row: ImportRow; existing: Set<string> }) {
  if (row.errors.length > 0) {
    return (
      <>
        <Tag colour="red">Error</Tag>
        <ul className="govuk-list govuk-error-message app-row-errors">
          {row.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </>
    );
  }
  if (row.duplicateOf !== null) {
    return (
      <>
        <Tag colour="grey">Duplicate</Tag>
        <p className="govuk-body-s app-row-note">Same as line {row.duplicateOf}: left out</p>
      </>
    );
  }
  return existing.has(row.email.toLowerCase()) ? (
    <Tag colour="turquoise">Already recorded</Tag>
  ) : (
    <Tag colour="green">New</Tag>
  );
}

interface ImportPreviewProps {
  rows: ImportRow[];
  existing: Set<string>;
}

/** Every row of the file with what the import will do with it, errors first in each row. */
export function ImportPreview({ rows, existing }: ImportPreviewProps) {
  return (
    <div className="app-table-scroll" {...scrollRegion('Rows in the file')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Rows in the file</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Line
            </th>
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
              Start date
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              FTE
            </th>
            <th scope="col" className="govuk-table__header">
              Subject or phase
            </th>
            <th scope="col" className="govuk-table__header">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr
              className={`govuk-table__row${row.errors.length > 0 ? ' app-row--error' : ''}`}
              key={row.line}
            >
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.line}</td>
              <th scope="row" className="govuk-table__header">
                {row.fullName}
              </th>
              <td className="govuk-table__cell app-table__cell--break">{row.email}</td>
              <td className="govuk-table__cell">
                {row.roles.map((role) => ROLE_NAMES[role]).join(', ')}
              </td>
              <td className="govuk-table__cell">{row.trn ?? ''}</td>
              <td className="govuk-table__cell app-table__cell--nowrap">
                {row.startedOn ? ukDate(row.startedOn) : ''}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.fte ?? ''}</td>
              <td className="govuk-table__cell">{row.subjectOrPhase ?? ''}</td>
              <td className="govuk-table__cell">
                <RowStatus row={row} existing={existing} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
