import { describe, expect, it } from 'vitest';

import { DashboardShapeError, parseSchoolDashboard } from './parse-school-dashboard';

const ECT_ID = '0b7c3a4e-1f2d-5e6a-9b8c-7d6e5f4a3b2c';
const STAFF_ID = '1c8d4b5f-2a3e-5f7b-8c9d-8e7f6a5b4c3d';

function validResponse() {
  return {
    as_of: '2026-12-04',
    tiles: {
      active_ects: 1,
      ects_without_mentor: 1,
      sessions_held_last_4_weeks: 0,
      sessions_expected_last_4_weeks: 2.5,
      ects_without_recent_session: 1,
      active_pairings: 0,
      pairings_with_slot: 0,
      open_concerns: 0,
      oldest_open_concern_days: null,
    },
    ects: [
      {
        ect_induction_id: ECT_ID,
        ect_staff_id: STAFF_ID,
        ect_name: 'Dev Dutta',
        induction_year: 1,
        induction_term: 1,
        fte: 0.6,
        mentor_staff_id: null,
        mentor_name: null,
        last_session_on: null,
        sessions_this_term: 0,
        expected_this_term: 4,
        timetabled_minutes_per_week: 0,
        open_concerns: 0,
        flag_no_mentor: true,
        flag_mentor_without_qts: false,
        flag_mentor_is_induction_tutor: false,
        flag_no_slot: false,
        flag_slot_outside_teaching_hours: false,
      },
    ],
    checkpoints: [
      {
        ect_induction_id: ECT_ID,
        next_checkpoint_term: 1,
        next_checkpoint_kind: 'progress_review',
        next_checkpoint_due_on: '2026-12-18',
        checkpoints_overdue: 0,
        flag_checkpoint_due: true,
        flag_checkpoint_overdue: false,
      },
    ],
  };
}

function parseError(value: unknown): string {
  try {
    parseSchoolDashboard(value);
  } catch (error) {
    expect(error).toBeInstanceOf(DashboardShapeError);
    return (error as Error).message;
  }
  throw new Error('parseSchoolDashboard accepted the value');
}

describe('parseSchoolDashboard', () => {
  it('returns a valid response unchanged', () => {
    const response = validResponse();

    expect(parseSchoolDashboard(response)).toEqual(response);
  });

  it('accepts empty lists and all checkpoints recorded', () => {
    const response = {
      ...validResponse(),
      ects: [],
      checkpoints: [
        {
          ...validResponse().checkpoints[0],
          next_checkpoint_term: null,
          next_checkpoint_kind: null,
          next_checkpoint_due_on: null,
        },
      ],
    };

    expect(parseSchoolDashboard(response)).toEqual(response);
  });

  it('rejects a response that is not an object', () => {
    expect(parseError(null)).toBe(
      'Invalid school_dashboard response: the response must be an object, got null.',
    );
    expect(parseError([])).toMatch(/the response must be an object/);
  });

  it('rejects a missing or malformed as_of', () => {
    const { as_of: _asOf, ...withoutAsOf } = validResponse();

    expect(parseError(withoutAsOf)).toBe(
      'Invalid school_dashboard response: as_of must be a date (YYYY-MM-DD), got nothing.',
    );
    expect(parseError({ ...validResponse(), as_of: '04/12/2026' })).toMatch(/as_of must be/);
  });

  it('names a tile of the wrong type', () => {
    const response = validResponse();
    const tiles = { ...response.tiles, active_ects: '1' };

    expect(parseError({ ...response, tiles })).toBe(
      'Invalid school_dashboard response: tiles.active_ects must be of type integer, got "1".',
    );
  });

  it('rejects a fractional count', () => {
    const response = validResponse();
    const tiles = { ...response.tiles, open_concerns: 1.5 };

    expect(parseError({ ...response, tiles })).toMatch(
      /tiles\.open_concerns must be of type integer/,
    );
  });

  it('names the row of a missing ECT field', () => {
    const response = validResponse();
    const { ect_name: _name, ...row } = response.ects[0]!;

    expect(parseError({ ...response, ects: [row] })).toBe(
      'Invalid school_dashboard response: ects[0].ect_name must be of type text, got nothing.',
    );
  });

  it('rejects a null where the field is required', () => {
    const response = validResponse();
    const row = { ...response.ects[0]!, flag_no_mentor: null };

    expect(parseError({ ...response, ects: [row] })).toMatch(
      /ects\[0\]\.flag_no_mentor must be of type boolean, got null/,
    );
  });

  it('rejects an id that is not a uuid', () => {
    const response = validResponse();
    const row = { ...response.checkpoints[0]!, ect_induction_id: 'ECT-1' };

    expect(parseError({ ...response, checkpoints: [row] })).toMatch(
      /checkpoints\[0\]\.ect_induction_id must be of type uuid/,
    );
  });

  it('rejects an unknown checkpoint kind', () => {
    const response = validResponse();
    const row = { ...response.checkpoints[0]!, next_checkpoint_kind: 'appraisal' };

    expect(parseError({ ...response, checkpoints: [row] })).toMatch(
      /checkpoints\[0\]\.next_checkpoint_kind must be of type checkpoint kind or null, got "appraisal"/,
    );
  });

  it('rejects a list that is not an array', () => {
    expect(parseError({ ...validResponse(), ects: {} })).toBe(
      'Invalid school_dashboard response: ects must be a list, got {}.',
    );
  });
});
