export type ImportRole = 'headteacher' | 'induction_tutor' | 'mentor' | 'ect';
export type ImportProgramme = 'provider_led' | 'school_led';

/** One data row of the file, as read and checked. */
export interface ImportRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  fullName: string;
  email: string;
  roles: ImportRole[];
  trn: string | null;
  startedOn: string | null;
  fte: number | null;
  subjectOrPhase: string | null;
  qtsHeld: boolean | null;
  programme: ImportProgramme | null;
  /** Problems that keep the row out of the import. */
  errors: string[];
  /** The earlier line this row repeats; the repeat is left out. */
  duplicateOf: number | null;
}

export interface ParsedImport {
  /** Problems with the whole file, such as a missing column. */
  fileErrors: string[];
  /** Columns recognised, by field, with the header text found. */
  columns: Partial<Record<ImportField, string>>;
  /** Header texts that match no field; their values are ignored. */
  ignoredColumns: string[];
  rows: ImportRow[];
}

export type ImportField =
  | 'fullName'
  | 'forename'
  | 'surname'
  | 'email'
  | 'role'
  | 'trn'
  | 'startedOn'
  | 'fte'
  | 'subjectOrPhase'
  | 'qtsHeld'
  | 'programme';

export interface ImportResult {
  row_number: number;
  staff_id: string;
  action: 'created' | 'updated' | 'unchanged';
}
