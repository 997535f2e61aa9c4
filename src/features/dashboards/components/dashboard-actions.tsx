import { toCsvDocument } from '@/lib/csv';
import { downloadText } from '@/lib/download';

import type { DashboardEctRow, SchoolDashboardCheckpoint, SchoolDashboardTiles } from '../types';
import { csvFileName, ectTableCsvRows, figuresCsvRows } from './dashboard-csv';

interface DashboardActionsProps {
  schoolName: string;
  asOf: string;
  tiles: SchoolDashboardTiles;
  checkpoints: SchoolDashboardCheckpoint[];
  rows: DashboardEctRow[];
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Downloads of the dashboard's tables as CSV (built here, from the data on the page) and print. */
export function DashboardActions({
  schoolName,
  asOf,
  tiles,
  checkpoints,
  rows,
}: DashboardActionsProps) {
  return (
    <div className="govuk-button-group app-dashboard-actions">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          downloadText(
            csvFileName(schoolName, asOf, 'ects'),
            toCsvDocument(ectTableCsvRows(rows)),
            CSV_TYPE,
          )
        }
      >
        Download the ECT table (CSV)
      </button>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          downloadText(
            csvFileName(schoolName, asOf, 'figures'),
            toCsvDocument(figuresCsvRows(tiles, checkpoints)),
            CSV_TYPE,
          )
        }
      >
        Download the figures (CSV)
      </button>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => window.print()}
      >
        Print this dashboard
      </button>
    </div>
  );
}
