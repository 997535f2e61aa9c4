import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { sessionKeys } from '../keys';
import type { WeeklySessions } from '../types';

/** Fetches sessions held and expected in each term week of this term for an induction. */
export async function getWeeklySessions(inductionId: string): Promise<WeeklySessions[]> {
  const { data } = await supabase
    .rpc('induction_weekly_sessions', { p_ect_induction_id: inductionId })
    .throwOnError();

  return (data ?? []) as WeeklySessions[];
}

export const weeklySessionsQueryOptions = (inductionId: string) =>
  queryOptions({
    queryKey: sessionKeys.weekly(inductionId),
    queryFn: () => getWeeklySessions(inductionId),
  });

export function useWeeklySessions(inductionId: string) {
  return useQuery(weeklySessionsQueryOptions(inductionId));
}
