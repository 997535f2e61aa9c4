import { describe, expect, it } from 'vitest';

import type { SchoolDashboardEct } from '../types';
import { ectFlags } from './ect-flags';
import { ectRowText } from './ect-row-text';

function ectRow(overrides: Partial<SchoolDashboardEct> = {}): SchoolDashboardEct {
  return {
    ect_induction_id: 'induction-1',
    ect_staff_id: 'staff-1',
    ect_name: 'Priya Shah',
    induction_year: 1,
    induction_term: 2,
    fte: 1,
    mentor_staff_id: 'staff-2',
    mentor_name: 'Tom Evans',
    last_session_on: '2026-11-27',
    sessions_this_term: 9,
    expected_this_term: 12,
    timetabled_minutes_per_week: 60,
    open_concerns: 0,
    flag_no_mentor: false,
    flag_mentor_without_qts: false,
    flag_mentor_is_induction_tutor: false,
    flag_no_slot: false,
    flag_slot_outside_teaching_hours: false,
    ...overrides,
  };
}

describe('ectRowText', () => {
  it('formats a complete row', () => {
    expect(ectRowText(ectRow())).toEqual({
      name: 'Priya Shah',
      induction: 'Year 1, term 2',
      fte: '1',
      mentor: 'Tom Evans',
      lastSession: '27/11/2026',
      sessionsThisTerm: '9 of 12',
      timetabledPerWeek: '60 minutes',
      openConcerns: '0',
    });
  });

  it('shows a fortnightly expectation with one decimal', () => {
    const text = ectRowText(ectRow({ sessions_this_term: 3, expected_this_term: '6.50' }));

    expect(text.sessionsThisTerm).toBe('3 of 6.5');
  });

  it('keeps two decimals of a part-time FTE', () => {
    expect(ectRowText(ectRow({ fte: '0.75' })).fte).toBe('0.75');
  });

  it('says None for missing mentor, session and slot', () => {
    const text = ectRowText(
      ectRow({
        mentor_staff_id: null,
        mentor_name: null,
        last_session_on: null,
        timetabled_minutes_per_week: 0,
      }),
    );

    expect(text.mentor).toBe('None');
    expect(text.lastSession).toBe('None');
    expect(text.timetabledPerWeek).toBe('None');
  });

  it('never shows null, undefined or NaN', () => {
    const broken = ectRow({
      expected_this_term: 'not a number',
      fte: Number.NaN,
      open_concerns: null as unknown as number,
    });
    const cells = Object.values(ectRowText(broken)).join(' ');

    expect(cells).not.toMatch(/null|undefined|NaN/);
  });
});

describe('ectFlags', () => {
  it('raises no flag on a healthy row', () => {
    expect(ectFlags(ectRow())).toEqual([]);
  });

  it('lists raised flags, most serious first', () => {
    const flags = ectFlags(
      ectRow({
        flag_mentor_is_induction_tutor: true,
        flag_no_slot: true,
        flag_mentor_without_qts: true,
      }),
    );

    expect(flags.map((flag) => flag.label)).toEqual([
      'Mentor has no QTS and no appropriate body check',
      'No timetabled slot',
      'Mentor is the induction tutor',
    ]);
  });

  it('colours a missing mentor red', () => {
    const [flag] = ectFlags(ectRow({ flag_no_mentor: true, mentor_name: null }));

    expect(flag).toEqual({ key: 'flag_no_mentor', label: 'No mentor', colour: 'red' });
  });
});
