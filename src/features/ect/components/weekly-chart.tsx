import { WeeklySessionsChart } from '@/components/charts/weekly-sessions-chart';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { toFiniteNumber } from '@/lib/format';

import { useWeeklySessions } from '../api/get-weekly-sessions';

/** Charts the ECT's sessions per term week of this term against the expected cadence. */
export function EctWeeklyChart({ inductionId }: { inductionId: string }) {
  const weekly = useWeeklySessions(inductionId);

  if (weekly.isPending) {
    return <LoadingState what="sessions per week" />;
  }
  if (weekly.isError) {
    return (
      <ErrorState
        title="Sessions per week could not be loaded"
        error={weekly.error}
        onRetry={() => void weekly.refetch()}
      />
    );
  }
  if (weekly.data.length === 0) {
    return (
      <EmptyState title="No term dates recorded">
        <p className="govuk-body">Sessions per week appear once your school records its terms.</p>
      </EmptyState>
    );
  }

  return (
    <WeeklySessionsChart
      caption="Your sessions per term week this term"
      weeks={weekly.data.map((week) => ({
        weekStartsOn: week.week_starts_on,
        held: week.sessions_held,
        expected: toFiniteNumber(week.sessions_expected) ?? 0,
        upToDate: week.up_to_as_of,
      }))}
    />
  );
}
