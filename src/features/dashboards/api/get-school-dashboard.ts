import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { dashboardKeys } from '../keys';
import type { SchoolDashboard } from '../types';
import { parseSchoolDashboard } from './parse-school-dashboard';

/**
 * Fetches the school's dashboard as of today in England in one request: headline figures, one
 * row per active ECT and each ECT's next review or assessment.
 */
export async function getSchoolDashboard(schoolId: string): Promise<SchoolDashboard> {
  const { data } = await supabase.rpc('school_dashboard', { p_school_id: schoolId }).throwOnError();

  return parseSchoolDashboard(data);
}

export const schoolDashboardQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: dashboardKeys.school(schoolId),
    queryFn: () => getSchoolDashboard(schoolId),
  });

export function useSchoolDashboard(schoolId: string) {
  return useQuery(schoolDashboardQueryOptions(schoolId));
}
