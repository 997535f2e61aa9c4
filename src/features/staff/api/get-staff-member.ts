import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { staffKeys } from '../keys';
import type { StaffMember } from '../types';

const STAFF_MEMBER_COLUMNS = `
  id, full_name, email, trn, qts_held, subject_or_phase, user_id, version, created_at,
  school_roles(role),
  mentors(
    id, ab_check_requested_on, ab_check_confirmed_on, dfe_registered_on, version,
    pairings(id, started_on, ended_on, end_reason,
      ect_induction:ect_inductions(id, ect:staff(full_name)))
  ),
  ect_inductions(id, started_on, status, fte, programme)
`;

/** Fetches one person's record: roles, mentor details and mentees, and inductions. */
export async function getStaffMember(schoolId: string, staffId: string): Promise<StaffMember> {
  const { data } = await supabase
    .from('staff')
    .select(STAFF_MEMBER_COLUMNS)
    .eq('school_id', schoolId)
    .eq('id', staffId)
    .single()
    .throwOnError();

  return data as unknown as StaffMember;
}

export const staffMemberQueryOptions = (schoolId: string, staffId: string) =>
  queryOptions({
    queryKey: staffKeys.member(schoolId, staffId),
    queryFn: () => getStaffMember(schoolId, staffId),
  });

export function useStaffMember(schoolId: string, staffId: string) {
  return useQuery(staffMemberQueryOptions(schoolId, staffId));
}
