import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { staffKeys } from '../keys';
import type { StaffListRow } from '../types';

/** Fetches everyone recorded at the school with their roles, in name order. */
export async function getSchoolStaff(schoolId: string): Promise<StaffListRow[]> {
  const { data } = await supabase
    .from('staff')
    .select('id, full_name, email, trn, qts_held, subject_or_phase, user_id, school_roles(role)')
    .eq('school_id', schoolId)
    .order('full_name')
    .throwOnError();

  return (data ?? []) as StaffListRow[];
}

export const schoolStaffQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: staffKeys.list(schoolId),
    queryFn: () => getSchoolStaff(schoolId),
  });

export function useSchoolStaff(schoolId: string) {
  return useQuery(schoolStaffQueryOptions(schoolId));
}
