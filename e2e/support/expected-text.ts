// Turns the seed calculator's figures into the text the dashboard should show. Written apart
// from the app's formatters (src/lib), so a formatting bug there fails the suite.
import type {
  ExpectedCheckpointRow,
  ExpectedEctRow,
  ExpectedTiles,
} from '../../supabase/seed/expected.ts';

/** At most `digits` decimals, trailing zeros dropped: 4.5, 2, 0.75. */
export function figure(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

function ukDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

type FlagKey = keyof ExpectedEctRow | keyof ExpectedCheckpointRow;

const FLAG_LABELS: [FlagKey, string][] = [
  ['flag_no_mentor', 'No mentor'],
  ['flag_checkpoint_overdue', 'Review or assessment overdue'],
  ['flag_mentor_without_qts', 'Mentor has no QTS and no appropriate body check'],
  ['flag_no_slot', 'No timetabled slot'],
  ['flag_slot_outside_teaching_hours', 'Slot outside teaching hours'],
  ['flag_mentor_is_induction_tutor', 'Mentor is the induction tutor'],
  ['flag_checkpoint_due', 'Review or assessment due this term'],
];

function nextCheckpointText(checkpoint: ExpectedCheckpointRow | undefined): string {
  if (!checkpoint) {
    return 'Not available';
  }
  if (checkpoint.next_checkpoint_term === null) {
    return 'All recorded';
  }
  const kind = checkpoint.next_checkpoint_kind === 'formal_assessment' ? 'assessment' : 'review';
  const due = checkpoint.next_checkpoint_due_on;
  return `Term ${checkpoint.next_checkpoint_term} ${kind}, ${due ? `due ${ukDate(due)}` : 'due date not known'}`;
}

export interface ExpectedRowText {
  name: string;
  /** Cells after the row header, in column order, flags excluded. */
  cells: string[];
  flags: string[];
}

/** Returns the row's cells and flags, given the school's rows of the checkpoint figures. */
export function expectedRowText(
  row: ExpectedEctRow,
  checkpoints: readonly ExpectedCheckpointRow[],
): ExpectedRowText {
  const minutes = row.timetabled_minutes_per_week;
  const checkpoint = checkpoints.find((item) => item.ect_induction_id === row.ect_induction_id);
  const flagged = { ...row, ...checkpoint } as Record<FlagKey, unknown>;

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
      nextCheckpointText(checkpoint),
    ],
    flags: FLAG_LABELS.filter(([key]) => flagged[key] === true).map(([, label]) => label),
  };
}

export interface ExpectedTileText {
  label: string;
  figure: string;
  detail?: string;
}

export function expectedTileText(
  tiles: ExpectedTiles,
  checkpoints: readonly ExpectedCheckpointRow[],
): ExpectedTileText[] {
  const days = tiles.oldest_open_concern_days;
  const overdue = checkpoints.filter((row) => row.flag_checkpoint_overdue).length;
  const due = checkpoints.filter((row) => row.flag_checkpoint_due).length;

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
      label: 'ECTs with a review or assessment overdue',
      figure: String(overdue),
      detail: `${due} ${due === 1 ? 'ECT has' : 'ECTs have'} one due this term`,
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
