import { describe, expect, it } from 'vitest';

import { CsvSyntaxError, parseCsv, toCsvDocument } from './csv';

function fieldsOf(text: string): string[][] {
  return parseCsv(text).map((record) => record.fields);
}

describe('parseCsv', () => {
  it('reads plain records', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads CRLF and a lone CR', () => {
    expect(fieldsOf('a,b\r\n1,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('strips a byte order mark', () => {
    expect(fieldsOf('\uFEFFName,Email\r\n')).toEqual([['Name', 'Email']]);
  });

  it('keeps commas, quotes and line breaks inside quotes', () => {
    const text = 'name,notes\r\n"Bell, Marcus","said ""hello""\r\nthen left"\r\n';

    expect(fieldsOf(text)).toEqual([
      ['name', 'notes'],
      ['Bell, Marcus', 'said "hello"\r\nthen left'],
    ]);
  });

  it('counts lines across quoted line breaks', () => {
    const records = parseCsv('h\n"two\nlines"\nnext\n');

    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty fields and skips blank records', () => {
    expect(fieldsOf('a,,c\n\n,,\n"",x\n')).toEqual([
      ['a', '', 'c'],
      ['', 'x'],
    ]);
  });

  it('reads a last record without a line break', () => {
    expect(fieldsOf('a,b\n1,"2"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b\n')).toThrow(/Line 2: a quoted field is never closed/);
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/unexpected text after a closing quote/);
  });
});

describe('toCsvDocument', () => {
  it('starts with a byte order mark and ends records with CRLF', () => {
    expect(toCsvDocument([['a', 'b'], ['c']])).toBe('\uFEFFa,b\r\nc\r\n');
  });

  it('quotes fields that need it', () => {
    const document = toCsvDocument([['Bell, Marcus', 'say "hi"', 'two\nlines', ' padded ']]);

    expect(document).toBe('\uFEFF"Bell, Marcus","say ""hi""","two\nlines"," padded "\r\n');
  });

  it('writes numbers, booleans and missing values', () => {
    expect(toCsvDocument([[4.5, 0, true, false, null, undefined]])).toBe(
      '\uFEFF4.5,0,Yes,No,,\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsvDocument([['=SUM(A1)', '+44', '@x', '-1']])).toBe(
      "\uFEFF'=SUM(A1),'+44,'@x,'-1\r\n",
    );
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['Name', 'Notes'],
      ['Siobhán O’Brien', 'line one\r\nline "two", end'],
    ];

    expect(fieldsOf(toCsvDocument(rows))).toEqual(rows);
  });
});
