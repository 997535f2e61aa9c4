import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { InductionRecord } from '../induction-types';
import { ectKeys } from '../keys';

/** Fetches one induction and the ECT's staff record. */
export async function getInductionRecord(
  schoolId: string,
  inductionId: string,
): Promise<InductionRecord> {
  const { data } = await supabase
    .from('ect_inductions')
    .select(
      `id, school_id, started_on, fte, programme, status, status_changed_on, status_reason,
       dfe_registered_on, year_one_reduction_percent, year_two_reduction_percent, version,
       ect:staff(id, full_name, email, trn, subject_or_phase, user_id)`,
    )
    .eq('school_id', schoolId)
    .eq('id', inductionId)
    .single()
    .throwOnError();

  return data as unknown as InductionRecord;
}

export const inductionRecordQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: ectKeys.record(schoolId, inductionId),
    queryFn: () => getInductionRecord(schoolId, inductionId),
  });

export function useInductionRecord(schoolId: string, inductionId: string) {
  return useQuery(inductionRecordQueryOptions(schoolId, inductionId));
}
