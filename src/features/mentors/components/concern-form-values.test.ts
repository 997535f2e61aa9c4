import { describe, expect, it } from 'vitest';

import { validateConcern, type ConcernDraft } from './concern-form-values';

const VALID: ConcernDraft = {
  subject: 'ect_progress',
  ect: 'induction-1',
  summary: 'Planning is slipping',
  details: '',
};

describe('validateConcern', () => {
  it('accepts a complete concern', () => {
    expect(validateConcern(VALID)).toEqual({});
  });

  it('lists a missing ECT and a long summary together', () => {
    const errors = validateConcern({ ...VALID, ect: '', summary: 'a'.repeat(201) });

    expect(errors).toEqual({
      ect: 'Select the ECT the concern is about',
      summary: 'Summary must be 200 characters or fewer',
    });
  });

  it('accepts 200 characters after trimming', () => {
    const errors = validateConcern({ ...VALID, summary: `  ${'a'.repeat(200)}  ` });

    expect(errors).toEqual({});
  });

  it('counts an emoji summary in code points', () => {
    // 150 emoji are 300 UTF-16 units but 150 code points, which concerns_summary_length allows.
    const errors = validateConcern({ ...VALID, summary: '😟'.repeat(150) });

    expect(errors).toEqual({});
  });

  it('rejects 201 emoji', () => {
    const errors = validateConcern({ ...VALID, summary: '😟'.repeat(201) });

    expect(errors.summary).toBe('Summary must be 200 characters or fewer');
  });

  it('rejects details over 4,000 characters', () => {
    const errors = validateConcern({ ...VALID, details: 'a'.repeat(4001) });

    expect(errors.details).toBe('Details must be 4,000 characters or fewer');
  });
});
