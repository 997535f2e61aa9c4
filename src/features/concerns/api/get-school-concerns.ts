import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';
import type { ConcernRow } from '../types';
import { CONCERN_COLUMNS } from './concern-columns';

/** Fetches every concern at the school, oldest first. */
export async function getSchoolConcerns(schoolId: string): Promise<ConcernRow[]> {
  const { data } = await supabase
    .from('concerns')
    .select(CONCERN_COLUMNS)
    .eq('school_id', schoolId)
    .order('raised_at')
    .throwOnError();

  return (data ?? []) as unknown as ConcernRow[];
}

export const schoolConcernsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: concernKeys.list(schoolId),
    queryFn: () => getSchoolConcerns(schoolId),
  });

export function useSchoolConcerns(schoolId: string) {
  return useQuery(schoolConcernsQueryOptions(schoolId));
}
