// Turns the seed calculator's figures into the text the dashboard should show. Written apart
// from the app's formatters (src/lib), so a formatting bug there fails the suite.
import type { ExpectedEctRow, ExpectedTiles } from '../../supabase/seed/expected.ts';

/** At most `digits` decimals, trailing zeros dropped: 4.5, 2, 0.75. */
export function figure(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

function ukDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const FLAG_LABELS: [keyof ExpectedEctRow, string][] = [
  ['flag_no_mentor', 'No mentor'],
  ['flag_mentor_without_qts', 'Mentor has no QTS and no appropriate body check'],
  ['flag_no_slot', 'No timetabled slot'],
  ['flag_slot_outside_teaching_hours', 'Slot outside teaching hours'],
  ['flag_mentor_is_induction_tutor', 'Mentor is the induction tutor'],
];

export interface ExpectedRowText {
  name: string;
  /** Cells after the row header, in column order, flags excluded. */
  cells: string[];
  flags: string[];
}

export function expectedRowText(row: ExpectedEctRow): ExpectedRowText {
  const minutes = row.timetabled_minutes_per_week;

  return {
    name: row.ect_name,
    cells: [
      `Year ${row.induction_year}, term ${row.induction_term}`,
      figure(row.fte, 2),
      row.mentor_name ?? 'None',
      row.last_session_on ? ukDate(row.last_session_on) : 'None',
      `${row.sessions_this_term} of ${figure(row.expected_this_term)}`,
      minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : 'None',
      String(row.open_concerns),
    ],
    flags: FLAG_LABELS.filter(([key]) => row[key] === true).map(([, label]) => label),
  };
}

export interface ExpectedTileText {
  label: string;
  figure: string;
  detail?: string;
}

export function expectedTileText(tiles: ExpectedTiles): ExpectedTileText[] {
  const days = tiles.oldest_open_concern_days;

  return [
    { label: 'Active ECTs', figure: String(tiles.active_ects) },
    { label: 'ECTs without a mentor', figure: String(tiles.ects_without_mentor) },
    {
      label: 'Sessions held in the last 4 term weeks',
      figure: `${tiles.sessions_held_last_4_weeks} of ${figure(tiles.sessions_expected_last_4_weeks)}`,
      detail: 'Held, of the number expected',
    },
    {
      label: 'ECTs with no session for over 2 term weeks',
      figure: String(tiles.ects_without_recent_session),
    },
    {
      label: 'Pairings with a timetabled slot',
      figure: `${tiles.pairings_with_slot} of ${tiles.active_pairings}`,
    },
    {
      label: 'Open concerns',
      figure: String(tiles.open_concerns),
      detail:
        days === null
          ? 'No open concerns'
          : `Oldest open for ${days} ${days === 1 ? 'day' : 'days'}`,
    },
  ];
}
