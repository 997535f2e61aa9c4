// The dashboard's tables as CSV, from the same rows the page shows. Counts and minutes stay
// numbers, so a spreadsheet can add them up. Dates are written as on the page (dd/mm/yyyy),
// which Excel in a UK locale reads as dates.

import type { CsvValue } from '@/lib/csv';
import { formatShortDate } from '@/lib/dates';
import { toFiniteNumber } from '@/lib/format';

import type { DashboardEctRow, SchoolDashboardCheckpoint, SchoolDashboardTiles } from '../types';
import { nextCheckpointText } from './checkpoint-text';
import { ectFlags } from './ect-flags';

export const ECT_CSV_HEADER = [
  'ECT',
  'Induction year',
  'Induction term',
  'FTE',
  'Mentor',
  'Last session',
  'Sessions held this term',
  'Sessions expected this term',
  'Timetabled minutes a week',
  'Open concerns',
  'Next review or assessment',
  'Reviews or assessments overdue',
  'Flags',
] as const;

/** Builds the ECT table: a header row, then one row per ECT in the page's order. */
export function ectTableCsvRows(rows: readonly DashboardEctRow[]): CsvValue[][] {
  return [
    [...ECT_CSV_HEADER],
    ...rows.map((row) => [
      row.ect_name,
      row.induction_year,
      row.induction_term,
      toFiniteNumber(row.fte),
      row.mentor_name ?? '',
      row.last_session_on ? formatShortDate(row.last_session_on) : '',
      row.sessions_this_term,
      toFiniteNumber(row.expected_this_term),
      row.timetabled_minutes_per_week,
      row.open_concerns,
      nextCheckpointText(row),
      row.checkpoints_overdue ?? null,
      ectFlags(row)
        .map((flag) => flag.label)
        .join('; '),
    ]),
  ];
}

/** Builds the headline figures: one row per tile, with the target where a tile shows one. */
export function figuresCsvRows(
  tiles: SchoolDashboardTiles,
  checkpoints: readonly SchoolDashboardCheckpoint[],
): CsvValue[][] {
  return [
    ['Figure', 'Value', 'Of'],
    ['Active ECTs', tiles.active_ects, null],
    ['ECTs without a mentor', tiles.ects_without_mentor, null],
    [
      'Sessions held in the last 4 term weeks',
      tiles.sessions_held_last_4_weeks,
      toFiniteNumber(tiles.sessions_expected_last_4_weeks),
    ],
    ['ECTs with no session for over 2 term weeks', tiles.ects_without_recent_session, null],
    ['Pairings with a timetabled slot', tiles.pairings_with_slot, tiles.active_pairings],
    [
      'ECTs with a review or assessment overdue',
      checkpoints.filter((row) => row.flag_checkpoint_overdue).length,
      null,
    ],
    [
      'ECTs with a review or assessment due this term',
      checkpoints.filter((row) => row.flag_checkpoint_due).length,
      null,
    ],
    ['Open concerns', tiles.open_concerns, null],
    ['Days the oldest open concern has been open', tiles.oldest_open_concern_days, null],
  ];
}

/** 'oakfield-primary-school-2026-12-04-ects.csv' */
export function csvFileName(schoolName: string, asOf: string, table: string): string {
  const slug = schoolName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

  return `${slug}-${asOf}-${table}.csv`;
}
