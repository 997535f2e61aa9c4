import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { pairingKeys } from '../keys';
import type { PairingInduction } from '../pairing-types';

/** Fetches the induction with its pairings (newest first) and each mentor's QTS details. */
export async function getPairingInduction(
  schoolId: string,
  inductionId: string,
): Promise<PairingInduction> {
  const { data } = await supabase
    .from('ect_inductions')
    .select(
      `id, started_on, status,
       ect:staff(id, full_name, subject_or_phase),
       pairings(id, started_on, ended_on, end_reason,
         mentor:mentors(id, ab_check_confirmed_on, staff(id, full_name, qts_held)))`,
    )
    .eq('school_id', schoolId)
    .eq('id', inductionId)
    .order('started_on', { referencedTable: 'pairings', ascending: false })
    .single()
    .throwOnError();

  return data as unknown as PairingInduction;
}

export const pairingInductionQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: pairingKeys.ofInduction(schoolId, inductionId),
    queryFn: () => getPairingInduction(schoolId, inductionId),
  });

export function usePairingInduction(schoolId: string, inductionId: string) {
  return useQuery(pairingInductionQueryOptions(schoolId, inductionId));
}
