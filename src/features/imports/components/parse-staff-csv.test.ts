import { describe, expect, it } from 'vitest';

import { parseStaffCsv, rowsToImport } from './parse-staff-csv';

const HEADER = 'Name,Email,Role,TRN,Start date,FTE,Subject or phase\r\n';

describe('parseStaffCsv', () => {
  it('reads an MIS export with a BOM, quotes and CRLF', () => {
    const text =
      '\uFEFF' +
      HEADER +
      '"Okafor, Daniel",Daniel.Okafor@School.example,Mentor,11 22 950,,1,"Year 2, Key stage 1"\r\n' +
      'Amara Nwosu,amara@school.example,ECT,305118,01/09/2026,0.6,Science\r\n';

    const parsed = parseStaffCsv(text);

    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({
      line: 2,
      fullName: 'Okafor, Daniel',
      email: 'Daniel.Okafor@School.example',
      roles: ['mentor'],
      trn: '1122950',
      startedOn: null,
      subjectOrPhase: 'Year 2, Key stage 1',
      errors: [],
    });
    expect(parsed.rows[1]).toMatchObject({
      roles: ['ect'],
      trn: '0305118',
      startedOn: '2026-09-01',
      fte: 0.6,
      errors: [],
    });
  });

  it('keeps a line break inside a quoted name on its own row', () => {
    const text = `${HEADER}"Jo\nBloggs",jo@school.example,Mentor,,,,\nNext One,next@school.example,Mentor,,,,\n`;

    const parsed = parseStaffCsv(text);

    expect(parsed.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(parsed.rows[0]?.fullName).toBe('Jo\nBloggs');
  });

  it('builds the name from forename and surname', () => {
    const text =
      'Forename,Surname,Email address,Staff role\nJo,Bloggs,jo@school.example,Head teacher\n';

    const parsed = parseStaffCsv(text);

    expect(parsed.rows[0]).toMatchObject({
      fullName: 'Jo Bloggs',
      roles: ['headteacher'],
      errors: [],
    });
  });

  it('explains each problem on a row', () => {
    const text = `${HEADER},not-an-email,Caretaker,12345678,31/02/2026,1.5,\nNo Start,nostart@school.example,ECT,,,,\n`;

    const [bad, noStart] = parseStaffCsv(text).rows;

    expect(bad?.errors).toEqual([
      'Name is missing',
      'Email address “not-an-email” is not in the correct format',
      'Role “Caretaker” is not one of ECT, Mentor, Headteacher, Induction tutor',
      'TRN “12345678” is not a number of up to 7 digits',
      'Start date “31/02/2026” is not a date like 01/09/2026',
      'FTE “1.5” is not a number from 0.1 to 1',
    ]);
    expect(noStart?.errors).toEqual([
      'Start date is missing: an ECT needs their induction start date',
    ]);
  });

  it('leaves out an exact repeat and rejects a conflicting one', () => {
    const line = 'Jo Bloggs,jo@school.example,Mentor,1234567,,,Maths';
    const text = `${HEADER}${line}\n${line.replace('jo@', 'JO@')}\nJo Bloggs,jo@school.example,ECT,1234567,01/09/2026,1,Maths\nOther,other@school.example,Mentor,1234567,,,\n`;

    const rows = parseStaffCsv(text).rows;

    expect(rows[1]?.duplicateOf).toBe(2);
    expect(rows[1]?.errors).toEqual([]);
    expect(rows[2]?.errors[0]).toMatch(/also on line 2 with different details/);
    expect(rows[3]?.errors).toEqual(['TRN 1234567 is also on line 2, for jo@school.example']);
    expect(rowsToImport(parseStaffCsv(text)).map((row) => row.line)).toEqual([2]);
  });

  it('reports missing columns for the whole file', () => {
    expect(parseStaffCsv('Name,TRN\nJo,1\n').fileErrors).toEqual([
      'The file has no Email column',
      'The file has no Role column',
    ]);
  });

  it('reports a broken quote', () => {
    expect(parseStaffCsv(`${HEADER}"Jo,jo@x.example,Mentor\n`).fileErrors[0]).toMatch(
      /not valid CSV. Line 2: a quoted field is never closed/,
    );
  });
});
