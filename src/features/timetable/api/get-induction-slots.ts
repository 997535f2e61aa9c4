import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { timetableKeys } from '../keys';
import type { PairingWithSlots } from '../types';

/** Fetches the induction's pairings, newest first, each with its timetabled slots. */
export async function getInductionSlots(inductionId: string): Promise<PairingWithSlots[]> {
  const { data } = await supabase
    .from('pairings')
    .select(
      `id, started_on, ended_on, mentor:mentors(staff(full_name)),
       timetable_slots(id, weekday, starts_at, minutes, in_teaching_hours, effective_from,
         effective_to, version)`,
    )
    .eq('ect_induction_id', inductionId)
    .order('started_on', { ascending: false })
    .throwOnError();

  return (data ?? []) as unknown as PairingWithSlots[];
}

export const inductionSlotsQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: timetableKeys.inductionSlots(schoolId, inductionId),
    queryFn: () => getInductionSlots(inductionId),
  });

export function useInductionSlots(schoolId: string, inductionId: string) {
  return useQuery(inductionSlotsQueryOptions(schoolId, inductionId));
}
