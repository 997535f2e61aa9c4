import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { ectSelfKeys } from '../keys';
import type { EctInduction } from '../types';

const COLUMNS = `
  id, started_on, fte, status,
  pairings (
    id, started_on, ended_on,
    mentor:mentors ( staff ( full_name, email ) ),
    timetable_slots ( id, weekday, starts_at, minutes, in_teaching_hours, effective_from, effective_to ),
    mentor_sessions ( id, held_on, minutes, kind, in_teaching_hours )
  )
`;

/** Fetches the ECT's latest induction at the school with its pairings, slots and sessions. */
export async function getMyInduction(
  schoolId: string,
  staffId: string,
): Promise<EctInduction | null> {
  const { data } = await supabase
    .from('ect_inductions')
    .select(COLUMNS)
    .eq('school_id', schoolId)
    .eq('ect_staff_id', staffId)
    .order('started_on', { ascending: false })
    .limit(1)
    .throwOnError();

  return ((data ?? [])[0] ?? null) as unknown as EctInduction | null;
}

export const myInductionQueryOptions = (schoolId: string, staffId: string) =>
  queryOptions({
    queryKey: ectSelfKeys.induction(schoolId, staffId),
    queryFn: () => getMyInduction(schoolId, staffId),
  });

export function useMyInduction(schoolId: string, staffId: string) {
  return useQuery(myInductionQueryOptions(schoolId, staffId));
}
