import { scrollRegion } from '@/components/table-scroll';
import { Tag } from '@/components/tag';

import type { DashboardEctRow } from '../types';
import { nextCheckpointText } from './checkpoint-text';
import { ectFlags } from './ect-flags';
import { ectRowText } from './ect-row-text';

interface EctTableProps {
  caption: string;
  rows: DashboardEctRow[];
}

const NUMERIC_HEADER = 'govuk-table__header govuk-table__header--numeric';
const NUMERIC_CELL = 'govuk-table__cell govuk-table__cell--numeric';
const NOWRAP_CELL = 'govuk-table__cell app-table__cell--nowrap';

export function EctTable({ caption, rows }: EctTableProps) {
  return (
    <div className="app-table-scroll" {...scrollRegion(caption)}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              ECT
            </th>
            <th scope="col" className="govuk-table__header">
              Induction
            </th>
            <th scope="col" className={NUMERIC_HEADER}>
              FTE
            </th>
            <th scope="col" className="govuk-table__header">
              Mentor
            </th>
            <th scope="col" className="govuk-table__header">
              Last session
            </th>
            <th scope="col" className={NUMERIC_HEADER}>
              Sessions this term (held of expected)
            </th>
            <th scope="col" className={NUMERIC_HEADER}>
              Timetabled time a week
            </th>
            <th scope="col" className={NUMERIC_HEADER}>
              Open concerns
            </th>
            <th scope="col" className="govuk-table__header">
              Next review or assessment
            </th>
            <th scope="col" className="govuk-table__header">
              Flags
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => {
            const text = ectRowText(row);
            const flags = ectFlags(row);

            return (
              <tr key={row.ect_induction_id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {text.name}
                </th>
                <td className={NOWRAP_CELL}>{text.induction}</td>
                <td className={NUMERIC_CELL}>{text.fte}</td>
                <td className="govuk-table__cell">{text.mentor}</td>
                <td className={NOWRAP_CELL}>{text.lastSession}</td>
                <td className={NUMERIC_CELL}>{text.sessionsThisTerm}</td>
                <td className={NUMERIC_CELL}>{text.timetabledPerWeek}</td>
                <td className={NUMERIC_CELL}>{text.openConcerns}</td>
                <td className="govuk-table__cell">{nextCheckpointText(row)}</td>
                <td className="govuk-table__cell">
                  {flags.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="app-tag-list">
                      {flags.map((flag) => (
                        <li key={flag.key}>
                          <Tag colour={flag.colour}>{flag.label}</Tag>
                        </li>
                      ))}
                    </ul>
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
