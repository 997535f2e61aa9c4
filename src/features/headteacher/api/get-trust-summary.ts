import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { headteacherKeys } from '../keys';
import type { TrustSchool } from '../types';

/** Fetches one row per school where the signed-in user holds a role, in name order. */
export async function getTrustSummary(): Promise<TrustSchool[]> {
  const { data } = await supabase.rpc('trust_summary').throwOnError();

  return (data ?? []) as TrustSchool[];
}

export const trustSummaryQueryOptions = () =>
  queryOptions({ queryKey: headteacherKeys.trust(), queryFn: getTrustSummary });

export function useTrustSummary() {
  return useQuery(trustSummaryQueryOptions());
}
