import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { ErrorState, LoadingState } from '@/components/states';
import { paths } from '@/config/paths';
import { databaseMessage } from '@/lib/database-errors';

import { useExistingEmails } from '../api/get-existing-emails';
import { useImportStaff } from '../api/import-staff';
import { ImportPreview } from '../components/import-preview';
import { parseStaffCsv, rowsToImport, MAX_IMPORT_ROWS } from '../components/parse-staff-csv';
import { readFileText } from '../components/read-file-text';
import type { ImportResult, ParsedImport } from '../types';

const FILE_FIELD = 'staff-file';

interface ImportStaffPageProps {
  schoolId: string;
  schoolName: string;
}

function countOf(results: ImportResult[], action: ImportResult['action']): number {
  return results.filter((result) => result.action === action).length;
}

function resultNotice(results: ImportResult[]): string {
  return (
    `Import finished: ${countOf(results, 'created')} added, ${countOf(results, 'updated')} ` +
    `updated, ${countOf(results, 'unchanged')} already up to date.`
  );
}

function ColumnsFound({ parsed }: { parsed: ParsedImport }) {
  const found = Object.values(parsed.columns);

  return (
    <p className="govuk-body">
      Columns read: {found.join(', ')}.
      {parsed.ignoredColumns.length > 0 && ` Columns ignored: ${parsed.ignoredColumns.join(', ')}.`}
    </p>
  );
}

export function ImportStaffPage({ schoolId, schoolName }: ImportStaffPageProps) {
  const navigate = useNavigate();
  const existing = useExistingEmails(schoolId);
  const importStaff = useImportStaff(schoolId);
  const [fileName, setFileName] = useState<string | null>(null);
  const [parsed, setParsed] = useState<ParsedImport | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    importStaff.reset();
    setParsed(null);
    setFileError(null);
    if (!file) {
      setFileName(null);
      return;
    }
    setFileName(file.name);
    const result = parseStaffCsv(await readFileText(file));
    setParsed(result);
    if (result.fileErrors.length > 0) {
      setFileError(result.fileErrors.join('. '));
    }
  }

  function handleImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!parsed) {
      setFileError('Choose a CSV file to import');
      return;
    }
    const rows = rowsToImport(parsed);
    if (rows.length === 0) {
      setFileError('No row can be imported: correct the errors in the file and choose it again');
      return;
    }
    importStaff.mutate(rows, {
      onSuccess: (results) =>
        void navigate(paths.staffList(schoolId), { state: { notice: resultNotice(results) } }),
    });
  }

  if (existing.isPending) {
    return <LoadingState what="the school’s staff" />;
  }
  if (existing.isError) {
    return (
      <ErrorState
        title="The school’s staff could not be loaded"
        error={existing.error}
        onRetry={() => void existing.refetch()}
      />
    );
  }

  const importable = parsed ? rowsToImport(parsed) : [];
  const withErrors = parsed ? parsed.rows.filter((row) => row.errors.length > 0).length : 0;
  const duplicates = parsed ? parsed.rows.filter((row) => row.duplicateOf !== null).length : 0;
  const summary = [
    fileError ? { fieldId: FILE_FIELD, text: fileError } : null,
    importStaff.isError
      ? { fieldId: FILE_FIELD, text: `Nothing was imported. ${databaseMessage(importStaff.error)}` }
      : null,
  ].filter((item): item is { fieldId: string; text: string } => item !== null);

  return (
    <>
      <title>{`${summary.length > 0 ? 'Error: ' : ''}Import staff – ${schoolName} – ECT mentoring`}</title>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {summary.length > 0 && <ErrorSummary errors={summary} />}
          <span className="govuk-caption-l">{schoolName}</span>
          <h1 className="govuk-heading-l">Import staff from a CSV file</h1>
          <p className="govuk-body">
            Export staff from your MIS as CSV with a header row. The import reads these columns:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>Name (or Forename and Surname), Email and Role: required</li>
            <li>Role: ECT, Mentor, Headteacher or Induction tutor; several separated by “;”</li>
            <li>TRN, Start date (for ECTs, like 01/09/2026), FTE and Subject or phase</li>
            <li>QTS (Yes or No) and Programme (provider-led or school-led), if you have them</li>
          </ul>
          <p className="govuk-body">
            You see every row before anything is saved. Importing the same file again changes
            nothing; a person already recorded is matched by email address. At most{' '}
            {MAX_IMPORT_ROWS} rows at a time.
          </p>
          <form onSubmit={handleImport} noValidate>
            <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor={FILE_FIELD}>
                CSV file
              </label>
              {fileError && (
                <p className="govuk-error-message" id={`${FILE_FIELD}-error`}>
                  <span className="govuk-visually-hidden">Error:</span> {fileError}
                </p>
              )}
              <input
                className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
                id={FILE_FIELD}
                name={FILE_FIELD}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={fileError ? `${FILE_FIELD}-error` : undefined}
                onChange={(event) => void handleFile(event)}
              />
            </div>
            {parsed && parsed.rows.length > 0 && (
              <>
                <h2 className="govuk-heading-m">Check the rows in {fileName}</h2>
                <ColumnsFound parsed={parsed} />
                <p className="govuk-body">
                  {importable.length} {importable.length === 1 ? 'row' : 'rows'} ready to import;{' '}
                  {withErrors} with errors and {duplicates}{' '}
                  {duplicates === 1 ? 'duplicate' : 'duplicates'}, which the import leaves out.
                </p>
              </>
            )}
            {parsed && parsed.rows.length > 0 && (
              <div className="govuk-button-group">
                <button
                  type="submit"
                  className="govuk-button"
                  disabled={importStaff.isPending || importable.length === 0}
                >
                  {importStaff.isPending
                    ? 'Importing…'
                    : `Import ${importable.length} ${importable.length === 1 ? 'row' : 'rows'}`}
                </button>
                <Link className="govuk-link" to={paths.staffList(schoolId)}>
                  Cancel
                </Link>
              </div>
            )}
          </form>
        </div>
      </div>
      {parsed && parsed.rows.length > 0 && (
        <ImportPreview rows={parsed.rows} existing={existing.data} />
      )}
    </>
  );
}
