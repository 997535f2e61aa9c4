import { describe, expect, it } from 'vitest';

import { parseCsv, toCsvDocument } from '@/lib/csv';

import type { DashboardEctRow } from '../types';
import { csvFileName, ectTableCsvRows, figuresCsvRows } from './dashboard-csv';

const row: DashboardEctRow = {
  ect_induction_id: 'induction-1',
  ect_staff_id: 'staff-1',
  ect_name: 'Siobhán O’Brien, "Sam"',
  induction_year: 2,
  induction_term: 4,
  fte: '0.60',
  mentor_staff_id: null,
  mentor_name: null,
  last_session_on: '2026-11-27',
  sessions_this_term: 3,
  expected_this_term: 6.5,
  timetabled_minutes_per_week: 0,
  open_concerns: 1,
  flag_no_mentor: true,
  flag_mentor_without_qts: false,
  flag_mentor_is_induction_tutor: false,
  flag_no_slot: false,
  flag_slot_outside_teaching_hours: false,
  next_checkpoint_term: 3,
  next_checkpoint_kind: 'formal_assessment',
  next_checkpoint_due_on: '2026-07-22',
  checkpoints_overdue: 1,
  flag_checkpoint_due: false,
  flag_checkpoint_overdue: true,
};

describe('ectTableCsvRows', () => {
  it('writes one row per ECT with numbers kept as numbers', () => {
    const [header, first] = ectTableCsvRows([row]);

    expect(header?.[0]).toBe('ECT');
    expect(first).toEqual([
      'Siobhán O’Brien, "Sam"',
      2,
      4,
      0.6,
      '',
      '27/11/2026',
      3,
      6.5,
      0,
      1,
      'Term 3 assessment, due 22/07/2026',
      1,
      'No mentor; Review or assessment overdue',
    ]);
  });

  it('survives a round trip through CSV text', () => {
    const text = toCsvDocument(ectTableCsvRows([row]));

    expect(parseCsv(text)[1]?.fields[0]).toBe('Siobhán O’Brien, "Sam"');
  });
});

describe('figuresCsvRows', () => {
  it('counts the checkpoint flags', () => {
    const tiles = {
      active_ects: 1,
      ects_without_mentor: 1,
      sessions_held_last_4_weeks: 3,
      sessions_expected_last_4_weeks: '2.0',
      ects_without_recent_session: 0,
      pairings_with_slot: 0,
      active_pairings: 0,
      open_concerns: 1,
      oldest_open_concern_days: 12,
    };
    const rows = figuresCsvRows(tiles, [{ ...row, ect_induction_id: 'induction-1' } as never]);

    expect(rows).toContainEqual(['Sessions held in the last 4 term weeks', 3, 2]);
    expect(rows).toContainEqual(['ECTs with a review or assessment overdue', 1, null]);
    expect(rows).toContainEqual(['ECTs with a review or assessment due this term', 0, null]);
  });
});

describe('csvFileName', () => {
  it('makes a plain file name from the school name', () => {
    expect(csvFileName('St Mary’s C of E (Aided) School', '2026-12-04', 'ects')).toBe(
      'st-mary-s-c-of-e-aided-school-2026-12-04-ects.csv',
    );
  });
});
