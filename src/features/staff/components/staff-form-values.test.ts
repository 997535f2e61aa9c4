import { describe, expect, it } from 'vitest';

import {
  EMPTY_STAFF_FORM,
  staffInputFromForm,
  validateStaffForm,
  type StaffFormValues,
} from './staff-form-values';

const mentor: StaffFormValues = {
  ...EMPTY_STAFF_FORM,
  fullName: ' Jo Bloggs ',
  email: 'Jo.Bloggs@School.example',
  roles: ['mentor'],
  trn: '12 345',
  qts: 'no',
  abCheckRequested: { day: '10', month: '9', year: '2026' },
};

describe('validateStaffForm', () => {
  it('lists missing fields in page order', () => {
    expect(Object.keys(validateStaffForm(EMPTY_STAFF_FORM))).toEqual([
      'fullName',
      'email',
      'roles',
      'qts',
    ]);
  });

  it('asks an ECT for induction details', () => {
    const errors = validateStaffForm({ ...mentor, roles: ['ect'], fte: '1.5' });

    expect(Object.keys(errors)).toEqual(['inductionStart', 'fte', 'programme']);
  });

  it('rejects a check confirmed before it was asked for', () => {
    const errors = validateStaffForm({
      ...mentor,
      abCheckConfirmed: { day: '1', month: '9', year: '2026' },
    });

    expect(errors.abCheckConfirmed).toMatch(/on or after/);
  });

  it('names an impossible check date and compares nothing', () => {
    const errors = validateStaffForm({
      ...mentor,
      abCheckConfirmed: { day: '31', month: '9', year: '2026' },
    });

    expect(errors).toEqual({
      abCheckConfirmed: 'Date the appropriate body confirmed must be a real date',
    });
  });

  it('rejects a partly filled start date', () => {
    const errors = validateStaffForm({
      ...mentor,
      roles: ['ect'],
      inductionStart: { day: '1', month: '', year: '2026' },
      programme: 'provider_led',
    });

    expect(errors).toEqual({ inductionStart: 'Induction start date must include a month' });
  });

  it('requires the request date once a confirmation is given', () => {
    const errors = validateStaffForm({
      ...mentor,
      abCheckRequested: { day: '', month: '', year: '' },
      abCheckConfirmed: { day: '1', month: '10', year: '2026' },
    });

    expect(errors).toEqual({
      abCheckRequested: 'Enter the date the school asked the appropriate body',
    });
  });

  it('accepts a valid mentor', () => {
    expect(validateStaffForm(mentor)).toEqual({});
  });
});

describe('staffInputFromForm', () => {
  it('trims, pads the TRN and keeps the check dates of a mentor without QTS', () => {
    expect(staffInputFromForm(mentor)).toEqual({
      full_name: 'Jo Bloggs',
      email: 'Jo.Bloggs@School.example',
      roles: ['mentor'],
      trn: '0012345',
      qts_held: false,
      subject_or_phase: null,
      induction: null,
      mentor: {
        dfe_registered_on: null,
        ab_check_requested_on: '2026-09-10',
        ab_check_confirmed_on: null,
      },
    });
  });
});
