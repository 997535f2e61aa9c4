import { CsvSyntaxError, parseCsv, type CsvRecord } from '@/lib/csv';
import { isValidEmail, normaliseTrn, parseFte } from '@/lib/record-checks';

import type { ImportField, ImportRow, ParsedImport } from '../types';
import { fieldOfHeader, parseProgramme, parseRoles, parseUkDate, parseYesNo } from './mis-columns';

/** Rows one import takes at most, so one request stays well inside the API's body limit. */
export const MAX_IMPORT_ROWS = 1000;

type ColumnIndex = Partial<Record<ImportField, number>>;

function readHeader(header: CsvRecord) {
  const columns: ColumnIndex = {};
  const names: Partial<Record<ImportField, string>> = {};
  const ignored: string[] = [];
  header.fields.forEach((text, index) => {
    const field = fieldOfHeader(text);
    if (field === null || columns[field] !== undefined) {
      if (text.trim() !== '') {
        ignored.push(text.trim());
      }
      return;
    }
    columns[field] = index;
    names[field] = text.trim();
  });

  return { columns, names, ignored };
}

function headerErrors(columns: ColumnIndex): string[] {
  const errors: string[] = [];
  if (
    columns.fullName === undefined &&
    (columns.forename === undefined || columns.surname === undefined)
  ) {
    errors.push('The file has no Name column (or Forename and Surname columns)');
  }
  if (columns.email === undefined) {
    errors.push('The file has no Email column');
  }
  if (columns.role === undefined) {
    errors.push('The file has no Role column');
  }

  return errors;
}

function cellOf(record: CsvRecord, columns: ColumnIndex, field: ImportField): string {
  const index = columns[field];
  return index === undefined ? '' : (record.fields[index] ?? '').trim();
}

function readRow(record: CsvRecord, columns: ColumnIndex): ImportRow {
  const cell = (field: ImportField) => cellOf(record, columns, field);
  const errors: string[] = [];

  const fullName =
    cell('fullName') || [cell('forename'), cell('surname')].filter((part) => part !== '').join(' ');
  if (fullName === '') {
    errors.push('Name is missing');
  } else if (fullName.length > 200) {
    errors.push('Name is longer than 200 characters');
  }

  const email = cell('email');
  if (email === '') {
    errors.push('Email address is missing');
  } else if (!isValidEmail(email)) {
    errors.push(`Email address “${email}” is not in the correct format`);
  }

  const { roles, unknown } = parseRoles(cell('role'));
  if (cell('role') === '') {
    errors.push('Role is missing: use ECT, Mentor, Headteacher or Induction tutor');
  } else if (unknown.length > 0) {
    errors.push(
      `Role “${unknown.join(', ')}” is not one of ECT, Mentor, Headteacher, Induction tutor`,
    );
  }

  const trn = normaliseTrn(cell('trn'));
  if (trn === undefined) {
    errors.push(`TRN “${cell('trn')}” is not a number of up to 7 digits`);
  }

  const isEct = roles.includes('ect');
  const startedOn = cell('startedOn') === '' ? null : parseUkDate(cell('startedOn'));
  if (cell('startedOn') !== '' && startedOn === null) {
    errors.push(`Start date “${cell('startedOn')}” is not a date like 01/09/2026`);
  } else if (isEct && startedOn === null) {
    errors.push('Start date is missing: an ECT needs their induction start date');
  }

  const fte = cell('fte') === '' ? null : parseFte(cell('fte'));
  if (cell('fte') !== '' && fte === null) {
    errors.push(`FTE “${cell('fte')}” is not a number from 0.1 to 1`);
  }

  const subjectOrPhase = cell('subjectOrPhase') || null;
  if (subjectOrPhase !== null && subjectOrPhase.length > 100) {
    errors.push('Subject or phase is longer than 100 characters');
  }

  const qtsHeld = cell('qtsHeld') === '' ? null : (parseYesNo(cell('qtsHeld')) ?? null);
  if (cell('qtsHeld') !== '' && qtsHeld === null) {
    errors.push(`QTS “${cell('qtsHeld')}” is not Yes or No`);
  }

  const programme = cell('programme') === '' ? null : (parseProgramme(cell('programme')) ?? null);
  if (cell('programme') !== '' && programme === null) {
    errors.push(`Programme “${cell('programme')}” is not provider-led or school-led`);
  }

  return {
    line: record.line,
    fullName,
    email,
    roles,
    trn: trn ?? null,
    startedOn,
    fte,
    subjectOrPhase,
    qtsHeld,
    programme,
    errors,
    duplicateOf: null,
  };
}

function sameRecord(a: ImportRow, b: ImportRow): boolean {
  return (
    a.fullName === b.fullName &&
    a.trn === b.trn &&
    a.startedOn === b.startedOn &&
    a.fte === b.fte &&
    a.subjectOrPhase === b.subjectOrPhase &&
    a.qtsHeld === b.qtsHeld &&
    a.programme === b.programme &&
    a.roles.join() === b.roles.join()
  );
}

/**
 * Marks rows that repeat an earlier row's email address (compared without case): an exact
 * repeat is left out as a duplicate, a differing one is an error. Two email addresses with one
 * TRN are an error too.
 */
function checkDuplicates(rows: ImportRow[]) {
  const firstByEmail = new Map<string, ImportRow>();
  const firstByTrn = new Map<string, ImportRow>();
  for (const row of rows) {
    if (row.errors.length > 0) {
      continue;
    }
    const earlier = firstByEmail.get(row.email.toLowerCase());
    if (earlier) {
      if (sameRecord(earlier, row)) {
        row.duplicateOf = earlier.line;
      } else {
        row.errors.push(
          `Email address ${row.email} is also on line ${earlier.line} with different details: keep one line per person, with their roles together (for example “Mentor; Induction tutor”)`,
        );
      }
      continue;
    }
    firstByEmail.set(row.email.toLowerCase(), row);
    if (row.trn !== null) {
      const sameTrn = firstByTrn.get(row.trn);
      if (sameTrn) {
        row.errors.push(`TRN ${row.trn} is also on line ${sameTrn.line}, for ${sameTrn.email}`);
        continue;
      }
      firstByTrn.set(row.trn, row);
    }
  }
}

/** Reads and checks a staff CSV file; nothing here touches the database. */
export function parseStaffCsv(text: string): ParsedImport {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return {
        fileErrors: [`The file is not valid CSV. ${error.message}`],
        columns: {},
        ignoredColumns: [],
        rows: [],
      };
    }
    throw error;
  }

  const [header, ...data] = records;
  if (!header) {
    return { fileErrors: ['The file is empty'], columns: {}, ignoredColumns: [], rows: [] };
  }
  const { columns, names, ignored } = readHeader(header);
  const fileErrors = headerErrors(columns);
  if (data.length === 0) {
    fileErrors.push('The file has a header row but no people');
  }
  if (data.length > MAX_IMPORT_ROWS) {
    fileErrors.push(
      `The file has ${data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`,
    );
  }
  if (fileErrors.length > 0) {
    return { fileErrors, columns: names, ignoredColumns: ignored, rows: [] };
  }

  const rows = data.map((record) => readRow(record, columns));
  checkDuplicates(rows);

  return { fileErrors: [], columns: names, ignoredColumns: ignored, rows };
}

/** Rows the import will write: no errors and not a repeat of an earlier row. */
export function rowsToImport(parsed: ParsedImport): ImportRow[] {
  return parsed.rows.filter((row) => row.errors.length === 0 && row.duplicateOf === null);
}
