// CSV as RFC 4180 describes it and as spreadsheet programs write it. Fields are separated by
// commas and records by CRLF (LF or a lone CR are read too). A field is quoted with '"' when it
// holds a comma, a quote or a line break, and a quote inside a quoted field is doubled.

const BYTE_ORDER_MARK = '\uFEFF';

export class CsvSyntaxError extends Error {
  /** 1-based line of the file where the problem starts. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
}

/**
 * Parses CSV text into records. Strips a leading UTF-8 byte order mark (Excel writes one) and
 * skips records whose fields are all empty. Throws a CsvSyntaxError on an unclosed quote or
 * on text after a closing quote.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (fields.some((value) => value !== '')) {
      records.push({ fields, line: recordLine });
    }
    fields = [];
  };

  while (index < input.length) {
    const char = input[index];

    if (char === '"' && field === '') {
      const quoteLine = line;
      index += 1;
      for (;;) {
        if (index >= input.length) {
          throw new CsvSyntaxError(`Line ${quoteLine}: a quoted field is never closed`, quoteLine);
        }
        const inner = input[index];
        if (inner === '"') {
          if (input[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n' || (inner === '\r' && input[index + 1] !== '\n')) {
          line += 1;
        }
        field += inner;
        index += 1;
      }
      const next = input[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(
          `Line ${line}: unexpected text after a closing quote; a quote inside a field is written ""`,
          line,
        );
      }
      continue;
    }

    if (char === ',') {
      endField();
      index += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && input[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || fields.length > 0) {
    endRecord();
  }

  return records;
}

export type CsvValue = string | number | boolean | null | undefined;

// Excel and LibreOffice run a cell that starts with one of these as a formula. A leading
// apostrophe makes the spreadsheet show the text as it is (OWASP's advice on CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;

  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as a CSV document for Excel: a UTF-8 byte order mark (so that Excel reads
 * accented names correctly), fields quoted where needed, CRLF after every record.
 */
export function toCsvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
