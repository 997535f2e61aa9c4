import { Tile, TileGrid } from '@/components/tiles';
import { formatFigure, formatQuantity, toFiniteNumber } from '@/lib/format';

import type { SchoolDashboardCheckpoint, SchoolDashboardTiles } from '../types';

interface DashboardTilesProps {
  tiles: SchoolDashboardTiles;
  /** One row per active ECT, the `checkpoints` of school_dashboard. */
  checkpoints: SchoolDashboardCheckpoint[];
}

function isPositive(value: unknown): boolean {
  return (toFiniteNumber(value) ?? 0) > 0;
}

function isBelow(achieved: unknown, target: unknown): boolean {
  return (toFiniteNumber(achieved) ?? 0) < (toFiniteNumber(target) ?? 0);
}

function attentionWhen(condition: boolean): 'attention' | 'neutral' {
  return condition ? 'attention' : 'neutral';
}

export function DashboardTiles({ tiles, checkpoints }: DashboardTilesProps) {
  const overdue = checkpoints.filter((row) => row.flag_checkpoint_overdue).length;
  const dueThisTerm = checkpoints.filter((row) => row.flag_checkpoint_due).length;
  const hasOldestConcern = toFiniteNumber(tiles.oldest_open_concern_days) !== null;
  const oldestConcern = formatQuantity(tiles.oldest_open_concern_days, 'day', 'days');

  return (
    <TileGrid label="Mentoring at a glance">
      <Tile label="Active ECTs" figure={formatFigure(tiles.active_ects)} />
      <Tile
        label="ECTs without a mentor"
        figure={formatFigure(tiles.ects_without_mentor)}
        tone={attentionWhen(isPositive(tiles.ects_without_mentor))}
      />
      <Tile
        label="Sessions held in the last 4 term weeks"
        figure={formatFigure(tiles.sessions_held_last_4_weeks)}
        figureSuffix={`of ${formatFigure(tiles.sessions_expected_last_4_weeks)}`}
        detail="Held, of the number expected"
        tone={attentionWhen(
          isBelow(tiles.sessions_held_last_4_weeks, tiles.sessions_expected_last_4_weeks),
        )}
      />
      <Tile
        label="ECTs with no session for over 2 term weeks"
        figure={formatFigure(tiles.ects_without_recent_session)}
        tone={attentionWhen(isPositive(tiles.ects_without_recent_session))}
      />
      <Tile
        label="Pairings with a timetabled slot"
        figure={formatFigure(tiles.pairings_with_slot)}
        figureSuffix={`of ${formatFigure(tiles.active_pairings)}`}
        tone={attentionWhen(isBelow(tiles.pairings_with_slot, tiles.active_pairings))}
      />
      <Tile
        label="ECTs with a review or assessment overdue"
        figure={formatFigure(overdue)}
        detail={`${formatQuantity(dueThisTerm, 'ECT has', 'ECTs have')} one due this term`}
        tone={attentionWhen(overdue > 0)}
      />
      <Tile
        label="Open concerns"
        figure={formatFigure(tiles.open_concerns)}
        detail={hasOldestConcern ? `Oldest open for ${oldestConcern}` : 'No open concerns'}
        tone={attentionWhen(isPositive(tiles.open_concerns))}
      />
    </TileGrid>
  );
}
