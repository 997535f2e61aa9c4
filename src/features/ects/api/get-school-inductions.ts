import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { InductionListRow } from '../induction-types';
import { ectKeys } from '../keys';

/** Fetches every induction at the school, ended ones included, with their mentors. */
export async function getSchoolInductions(schoolId: string): Promise<InductionListRow[]> {
  const { data } = await supabase
    .from('ect_inductions')
    .select(
      `id, started_on, fte, programme, status, status_changed_on,
       ect:staff(id, full_name),
       pairings(id, started_on, ended_on, mentor:mentors(staff(full_name)))`,
    )
    .eq('school_id', schoolId)
    .throwOnError();

  const rows = (data ?? []) as unknown as InductionListRow[];
  return rows.sort((a, b) =>
    (a.ect?.full_name ?? '').localeCompare(b.ect?.full_name ?? '', 'en-GB'),
  );
}

export const schoolInductionsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ectKeys.list(schoolId),
    queryFn: () => getSchoolInductions(schoolId),
  });

export function useSchoolInductions(schoolId: string) {
  return useQuery(schoolInductionsQueryOptions(schoolId));
}
