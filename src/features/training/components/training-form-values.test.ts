import { describe, expect, it } from 'vitest';

import { parseTrainingForm, trainingRejection } from './training-form-values';

const VALID = { day: '18', month: '11', year: '2026', hours: '1.5', activity: 'Module 3' };
const RANGE = 'Hours must be more than 0 and at most 12';
const QUARTERS = 'Hours must be in quarter hours, like 1.5 or 2.25';

describe('parseTrainingForm hours', () => {
  it.each([
    ['0.25', 0.25],
    ['1.5', 1.5],
    ['2.75', 2.75],
    ['12', 12],
    ['12.00', 12],
  ])('accepts %j as %d', (hours, expected) => {
    const result = parseTrainingForm({ ...VALID, hours });

    expect(result.errors).toBeNull();
    expect(result.input?.hours).toBe(expected);
  });

  it.each(['0', '0.00', '12.25', '13', '99.75', '100', '250', '-1', '-0.5', '-12'])(
    'rejects %j as out of range',
    (hours) => {
      const result = parseTrainingForm({ ...VALID, hours });

      expect(result.errors?.hours).toBe(RANGE);
    },
  );

  it.each(['1.3', '2.125', 'two', '1,5'])('rejects %j as not quarter hours', (hours) => {
    const result = parseTrainingForm({ ...VALID, hours });

    expect(result.errors?.hours).toBe(QUARTERS);
  });

  it('asks for hours when blank', () => {
    const result = parseTrainingForm({ ...VALID, hours: ' ' });

    expect(result.errors?.hours).toBe('Enter the hours the training took');
  });
});

describe('parseTrainingForm activity', () => {
  it('accepts 200 characters', () => {
    const result = parseTrainingForm({ ...VALID, activity: 'a'.repeat(200) });

    expect(result.errors).toBeNull();
  });

  it('counts an emoji as one character', () => {
    // 100 emoji are 200 UTF-16 units but 100 code points, as char_length counts them.
    const result = parseTrainingForm({ ...VALID, activity: '📚'.repeat(100) + 'b'.repeat(100) });

    expect(result.errors).toBeNull();
  });

  it('rejects 201 characters', () => {
    const result = parseTrainingForm({ ...VALID, activity: 'a'.repeat(201) });

    expect(result.errors?.activity).toBe('Activity must be 200 characters or fewer');
  });
});

describe('parseTrainingForm', () => {
  it('lists every error at once', () => {
    const result = parseTrainingForm({
      day: '31',
      month: '2',
      year: '2026',
      hours: '100',
      activity: '',
    });

    expect(result.errors).toEqual({
      completed_on: 'Date of the training must be a real date',
      hours: RANGE,
      activity: 'Enter what the training was',
    });
  });

  it('returns the input to send', () => {
    const result = parseTrainingForm({ ...VALID, activity: '  Module 3  ' });

    expect(result.input).toEqual({ completed_on: '2026-11-18', hours: 1.5, activity: 'Module 3' });
  });
});

describe('trainingRejection', () => {
  it('maps a numeric overflow to the hours range', () => {
    const error = {
      code: '22003',
      message: 'numeric field overflow',
      details: 'A field with precision 4, scale 2 must round to an absolute value less than 10^2.',
    };

    expect(trainingRejection(error)).toEqual({ field: 'hours', text: RANGE });
  });

  it('maps the range check to the hours range', () => {
    const error = {
      code: '23514',
      message:
        'new row for relation "mentor_training_logs" violates check constraint "mentor_training_logs_hours_range"',
    };

    expect(trainingRejection(error)).toEqual({ field: 'hours', text: RANGE });
  });

  it('leaves other errors unmapped', () => {
    expect(trainingRejection({ code: '42501', message: 'permission denied' })).toBeNull();
  });
});
