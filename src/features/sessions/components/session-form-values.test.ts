import { describe, expect, it } from 'vitest';

import { parseSessionForm, sessionRejection } from './session-form-values';
import type { SessionFormValues } from './session-form-values';

const VALID: SessionFormValues = {
  day: '27',
  month: '11',
  year: '2026',
  minutes: '45',
  kind: 'meeting',
  inTeachingHours: 'yes',
  notes: '',
};
const RANGE = 'Minutes must be between 1 and 480';
const WHOLE = 'Minutes must be a whole number, like 45';
const NOTES = 'Notes must be 4,000 characters or fewer';

describe('parseSessionForm minutes', () => {
  it.each([
    ['1', 1],
    ['45', 45],
    ['480', 480],
  ])('accepts %j', (minutes, expected) => {
    const result = parseSessionForm({ ...VALID, minutes });

    expect(result.errors).toBeNull();
    expect(result.input?.minutes).toBe(expected);
  });

  it.each(['-30', '-1', '0', '481', '99999999999', '-4.5', '500.5'])(
    'rejects %j as out of range',
    (minutes) => {
      const result = parseSessionForm({ ...VALID, minutes });

      expect(result.errors?.minutes).toBe(RANGE);
    },
  );

  it.each(['4.5', 'forty', '45 mins', '1e2'])('rejects %j as not whole', (minutes) => {
    const result = parseSessionForm({ ...VALID, minutes });

    expect(result.errors?.minutes).toBe(WHOLE);
  });
});

describe('parseSessionForm notes', () => {
  it('accepts 4,000 characters', () => {
    const result = parseSessionForm({ ...VALID, notes: 'a'.repeat(4000) });

    expect(result.errors).toBeNull();
  });

  it('rejects 4,001 characters', () => {
    const result = parseSessionForm({ ...VALID, notes: 'a'.repeat(4001) });

    expect(result.errors?.notes).toBe(NOTES);
  });

  it('counts emoji and curly quotes as the database does', () => {
    // 3,700 letters + 100 emoji (2 UTF-16 units each) + 100 curly quotes (1 unit each):
    // 3,900 code points for char_length, 4,000 UTF-16 units for String.length.
    const notes = 'a'.repeat(3700) + '🙂'.repeat(100) + '’'.repeat(100);

    const result = parseSessionForm({ ...VALID, notes });

    expect(notes.length).toBe(4000);
    expect(result.errors).toBeNull();
  });
});

describe('parseSessionForm', () => {
  it('lists every error at once', () => {
    const result = parseSessionForm({
      ...VALID,
      minutes: '-30',
      kind: '',
      notes: 'a'.repeat(4001),
    });

    expect(result.errors).toEqual({
      minutes: RANGE,
      kind: 'Select what kind of session it was',
      notes: NOTES,
    });
  });
});

describe('sessionRejection', () => {
  const pairing = { started_on: '2026-09-01', ended_on: null, ectName: 'Sam Ali' };

  it('maps an integer overflow to the minutes range', () => {
    const error = {
      code: '22003',
      message: 'value "99999999999" is out of range for type integer',
    };

    expect(sessionRejection(error, pairing)).toEqual({ field: 'minutes', text: RANGE });
  });

  it('maps the range check to the minutes range', () => {
    const error = {
      code: '23514',
      message:
        'new row for relation "mentor_sessions" violates check constraint "mentor_sessions_minutes_range"',
    };

    expect(sessionRejection(error, pairing)).toEqual({ field: 'minutes', text: RANGE });
  });
});
