import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { calendarKeys } from '../keys';
import type { Checkpoint } from '../types';

/** Fetches the induction's six progress reviews and assessments with due dates and status. */
export async function getInductionCalendar(inductionId: string): Promise<Checkpoint[]> {
  const { data } = await supabase
    .rpc('induction_calendar', { p_ect_induction_id: inductionId })
    .throwOnError();

  return (data ?? []) as Checkpoint[];
}

export const inductionCalendarQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: calendarKeys.induction(schoolId, inductionId),
    queryFn: () => getInductionCalendar(inductionId),
  });

export function useInductionCalendar(schoolId: string, inductionId: string) {
  return useQuery(inductionCalendarQueryOptions(schoolId, inductionId));
}
