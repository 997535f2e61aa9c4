import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { ectSelfKeys } from '../keys';
import type { TermDateRow } from '../types';

/** Fetches the school's terms in date order. */
export async function getTermDates(schoolId: string): Promise<TermDateRow[]> {
  const { data } = await supabase
    .from('term_dates')
    .select('academic_year, term, starts_on, ends_on')
    .eq('school_id', schoolId)
    .order('starts_on')
    .throwOnError();

  return (data ?? []) as TermDateRow[];
}

export const termDatesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ectSelfKeys.termDates(schoolId),
    queryFn: () => getTermDates(schoolId),
  });

export function useTermDates(schoolId: string) {
  return useQuery(termDatesQueryOptions(schoolId));
}
