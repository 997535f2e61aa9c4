import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { dashboardKeys } from '../keys';
import type { SchoolDashboardCheckpoint } from '../types';

/** Fetches each active ECT's next review or assessment and the due and overdue flags. */
export async function getSchoolDashboardCheckpoints(
  schoolId: string,
): Promise<SchoolDashboardCheckpoint[]> {
  const { data } = await supabase
    .rpc('school_dashboard_checkpoints', { p_school_id: schoolId })
    .throwOnError();

  return (data ?? []) as SchoolDashboardCheckpoint[];
}

export const schoolDashboardCheckpointsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: dashboardKeys.schoolCheckpoints(schoolId),
    queryFn: () => getSchoolDashboardCheckpoints(schoolId),
  });

export function useSchoolDashboardCheckpoints(schoolId: string) {
  return useQuery(schoolDashboardCheckpointsQueryOptions(schoolId));
}
