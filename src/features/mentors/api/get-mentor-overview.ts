import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { mentorKeys } from '../keys';
import type { MentorPairingOverview } from '../types';

/** Fetches the signed-in mentor's current pairings with their figures, in ECT name order. */
export async function getMentorOverview(schoolId: string): Promise<MentorPairingOverview[]> {
  const { data } = await supabase
    .rpc('mentor_pairings_overview', { p_school_id: schoolId })
    .throwOnError();

  return (data ?? []) as MentorPairingOverview[];
}

export const mentorOverviewQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: mentorKeys.overview(schoolId),
    queryFn: () => getMentorOverview(schoolId),
  });

export function useMentorOverview(schoolId: string) {
  return useQuery(mentorOverviewQueryOptions(schoolId));
}
