import { describe, expect, it } from 'vitest';

import { databaseMessage, fieldErrorFromDatabase, namesInDatabaseError } from './database-errors';

const checkViolation = {
  code: '23514',
  message: 'new row for relation "staff" violates check constraint "staff_trn_format"',
  details: 'Failing row contains (...).',
  hint: null,
};

describe('namesInDatabaseError', () => {
  it('finds a constraint in the message', () => {
    expect(namesInDatabaseError(checkViolation)).toEqual(['staff_trn_format']);
  });

  it('finds the names a function put in the details', () => {
    const error = {
      code: '23502',
      message: 'Row 3: Email address is missing',
      details: 'Column: email.',
    };

    expect(namesInDatabaseError(error)).toEqual(['email']);
  });

  it('finds a column of a not-null violation', () => {
    const error = {
      code: '23502',
      message: 'null value in column "full_name" of relation "staff" violates not-null constraint',
    };

    expect(namesInDatabaseError(error)).toEqual(['full_name']);
  });
});

describe('fieldErrorFromDatabase', () => {
  it('uses the rule text for a known constraint', () => {
    const result = fieldErrorFromDatabase(
      checkViolation,
      { staff_trn_format: { field: 'trn', text: 'Enter a TRN of 7 digits' } },
      'full-name',
    );

    expect(result).toEqual({ fieldId: 'trn', text: 'Enter a TRN of 7 digits' });
  });

  it('keeps a raised message and its hint', () => {
    const error = {
      code: '23514',
      message: 'A mentor cannot mentor themself',
      details: null,
      hint: 'Choose a different mentor for this ECT.',
    };

    expect(fieldErrorFromDatabase(error, {}, 'mentor')).toEqual({
      fieldId: 'mentor',
      text: 'A mentor cannot mentor themself. Choose a different mentor for this ECT.',
    });
  });
});

describe('databaseMessage', () => {
  it('keeps a not-found message and its hint', () => {
    const error = {
      code: 'PT404',
      message: 'ECT induction not found',
      details:
        'No induction with id 5d0c7f4e-0000-4000-8000-000000000000 exists that you can change.',
      hint: 'It may have been deleted, or your role may not let you change it. Reload the page and try again.',
    };

    expect(databaseMessage(error)).toBe(
      'ECT induction not found. It may have been deleted, or your role may not let you change ' +
        'it. Reload the page and try again.',
    );
  });

  it('explains a not-found error without a message', () => {
    expect(databaseMessage({ code: 'PT404', message: '' })).toMatch(
      /^This record was not found, or you cannot change it\. Reload the page/,
    );
  });

  it('explains a permission error in plain words', () => {
    expect(
      databaseMessage({ code: '42501', message: 'permission denied for table staff' }),
    ).toMatch(/does not have permission/);
  });
});
