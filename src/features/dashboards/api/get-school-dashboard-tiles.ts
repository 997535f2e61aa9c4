import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { dashboardKeys } from '../keys';
import type { SchoolDashboardTiles } from '../types';

/** Fetches the school's headline figures as of today in England (one row). */
export async function getSchoolDashboardTiles(schoolId: string): Promise<SchoolDashboardTiles> {
  const { data } = await supabase
    .rpc('school_dashboard_tiles', { p_school_id: schoolId })
    .single()
    .throwOnError();

  return data as SchoolDashboardTiles;
}

export const schoolDashboardTilesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: dashboardKeys.schoolTiles(schoolId),
    queryFn: () => getSchoolDashboardTiles(schoolId),
  });

export function useSchoolDashboardTiles(schoolId: string) {
  return useQuery(schoolDashboardTilesQueryOptions(schoolId));
}
