import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { dashboardKeys } from '../keys';
import type { SchoolDashboardEct } from '../types';

/** Fetches one row per active ECT at the school, ordered by name. */
export async function getSchoolDashboardEcts(schoolId: string): Promise<SchoolDashboardEct[]> {
  const { data } = await supabase
    .rpc('school_dashboard_ects', { p_school_id: schoolId })
    .throwOnError();

  return (data ?? []) as SchoolDashboardEct[];
}

export const schoolDashboardEctsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: dashboardKeys.schoolEcts(schoolId),
    queryFn: () => getSchoolDashboardEcts(schoolId),
  });

export function useSchoolDashboardEcts(schoolId: string) {
  return useQuery(schoolDashboardEctsQueryOptions(schoolId));
}
