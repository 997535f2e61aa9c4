import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { timetableKeys } from '../keys';
import type { TermDatesRow } from '../types';

/** Fetches the school's terms in date order. */
export async function getTermDates(schoolId: string): Promise<TermDatesRow[]> {
  const { data } = await supabase
    .from('term_dates')
    .select('id, academic_year, term, starts_on, half_term_starts_on, half_term_ends_on, ends_on')
    .eq('school_id', schoolId)
    .order('starts_on')
    .throwOnError();

  return (data ?? []) as TermDatesRow[];
}

export const termDatesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: timetableKeys.termDates(schoolId),
    queryFn: () => getTermDates(schoolId),
  });

export function useTermDates(schoolId: string) {
  return useQuery(termDatesQueryOptions(schoolId));
}
