import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { ectSelfKeys } from '../keys';

export interface WeeklySessions {
  week_starts_on: string;
  sessions_held: number;
  sessions_expected: number | string;
  up_to_as_of: boolean;
}

/** Fetches sessions held and expected in each term week of this term of the induction. */
export async function getWeeklySessions(inductionId: string): Promise<WeeklySessions[]> {
  const { data } = await supabase
    .rpc('induction_weekly_sessions', { p_ect_induction_id: inductionId })
    .throwOnError();

  return (data ?? []) as WeeklySessions[];
}

export const weeklySessionsQueryOptions = (inductionId: string) =>
  queryOptions({
    queryKey: ectSelfKeys.weekly(inductionId),
    queryFn: () => getWeeklySessions(inductionId),
  });

export function useWeeklySessions(inductionId: string) {
  return useQuery(weeklySessionsQueryOptions(inductionId));
}
