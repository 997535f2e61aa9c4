import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';
import type { ConcernRow } from '../types';
import { CONCERN_COLUMNS } from './concern-columns';

/** Fetches the concerns about one ECT's progress, oldest first. */
export async function getInductionConcerns(inductionId: string): Promise<ConcernRow[]> {
  const { data } = await supabase
    .from('concerns')
    .select(CONCERN_COLUMNS)
    .eq('ect_induction_id', inductionId)
    .order('raised_at')
    .throwOnError();

  return (data ?? []) as unknown as ConcernRow[];
}

export const inductionConcernsQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: concernKeys.ofInduction(schoolId, inductionId),
    queryFn: () => getInductionConcerns(inductionId),
  });

export function useInductionConcerns(schoolId: string, inductionId: string) {
  return useQuery(inductionConcernsQueryOptions(schoolId, inductionId));
}
