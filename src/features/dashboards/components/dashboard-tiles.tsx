import { Tile, TileGrid } from '@/components/tiles';
import { formatCountOf, formatFigure, formatQuantity, toFiniteNumber } from '@/lib/format';

import type { SchoolDashboardTiles } from '../types';

interface DashboardTilesProps {
  tiles: SchoolDashboardTiles;
}

function isPositive(value: unknown): boolean {
  return (toFiniteNumber(value) ?? 0) > 0;
}

function isBelow(achieved: unknown, target: unknown): boolean {
  return (toFiniteNumber(achieved) ?? 0) < (toFiniteNumber(target) ?? 0);
}

export function DashboardTiles({ tiles }: DashboardTilesProps) {
  const oldestConcern = formatQuantity(
    tiles.oldest_open_concern_days,
    'day',
    'days',
    'No open concerns',
  );

  return (
    <TileGrid label="Mentoring at a glance">
      <Tile label="Active ECTs" figure={formatFigure(tiles.active_ects)} />
      <Tile
        label="ECTs without a mentor"
        figure={formatFigure(tiles.ects_without_mentor)}
        tone={isPositive(tiles.ects_without_mentor) ? 'attention' : 'neutral'}
      />
      <Tile
        label="Sessions held in the last 4 term weeks"
        figure={formatCountOf(
          tiles.sessions_held_last_4_weeks,
          tiles.sessions_expected_last_4_weeks,
        )}
        detail="Held, of the number expected"
        tone={
          isBelow(tiles.sessions_held_last_4_weeks, tiles.sessions_expected_last_4_weeks)
            ? 'attention'
            : 'neutral'
        }
      />
      <Tile
        label="ECTs with no session for over 2 term weeks"
        figure={formatFigure(tiles.ects_without_recent_session)}
        tone={isPositive(tiles.ects_without_recent_session) ? 'attention' : 'neutral'}
      />
      <Tile
        label="Pairings with a timetabled slot"
        figure={formatCountOf(tiles.pairings_with_slot, tiles.active_pairings)}
        tone={isBelow(tiles.pairings_with_slot, tiles.active_pairings) ? 'attention' : 'neutral'}
      />
      <Tile
        label="Open concerns"
        figure={formatFigure(tiles.open_concerns)}
        detail={
          toFiniteNumber(tiles.oldest_open_concern_days) === null
            ? oldestConcern
            : `Oldest open for ${oldestConcern}`
        }
        tone={isPositive(tiles.open_concerns) ? 'attention' : 'neutral'}
      />
    </TileGrid>
  );
}
