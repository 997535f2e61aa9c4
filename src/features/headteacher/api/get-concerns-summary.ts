import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { headteacherKeys } from '../keys';
import type { SchoolConcernsSummary } from '../types';

/** Fetches the school's concerns summary as one object. */
export async function getConcernsSummary(schoolId: string): Promise<SchoolConcernsSummary> {
  const { data } = await supabase
    .rpc('school_concerns_summary', { p_school_id: schoolId })
    .throwOnError();

  return data as SchoolConcernsSummary;
}

export const concernsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: headteacherKeys.concerns(schoolId),
    queryFn: () => getConcernsSummary(schoolId),
  });

export function useConcernsSummary(schoolId: string) {
  return useQuery(concernsQueryOptions(schoolId));
}
