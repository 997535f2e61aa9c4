import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { ectKeys } from '../keys';

export interface MyInduction {
  id: string;
  started_on: string;
  fte: number | string;
  status: string;
  pairings: {
    id: string;
    started_on: string;
    ended_on: string | null;
    mentor: { staff: { full_name: string; email: string } | null } | null;
  }[];
}

const INDUCTION_COLUMNS = `
  id, started_on, fte, status,
  pairings ( id, started_on, ended_on, mentor:mentors ( staff ( full_name, email ) ) )
`;

/** Fetches the ECT's inductions at the school, newest first, with their pairings. */
export async function getMyInductions(
  schoolId: string,
  ectStaffId: string,
): Promise<MyInduction[]> {
  const { data } = await supabase
    .from('ect_inductions')
    .select(INDUCTION_COLUMNS)
    .eq('school_id', schoolId)
    .eq('ect_staff_id', ectStaffId)
    .order('started_on', { ascending: false })
    .throwOnError();

  return (data ?? []) as unknown as MyInduction[];
}

export const myInductionsQueryOptions = (schoolId: string, ectStaffId: string) =>
  queryOptions({
    queryKey: ectKeys.induction(schoolId, ectStaffId),
    queryFn: () => getMyInductions(schoolId, ectStaffId),
  });

export function useMyInductions(schoolId: string, ectStaffId: string) {
  return useQuery(myInductionsQueryOptions(schoolId, ectStaffId));
}
