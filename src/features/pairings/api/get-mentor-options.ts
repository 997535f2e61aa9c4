import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { pairingKeys } from '../keys';
import type { MentorOption } from '../pairing-types';

/** Fetches the school's mentors with their roles, QTS check and every ECT they have mentored. */
export async function getMentorOptions(schoolId: string): Promise<MentorOption[]> {
  const { data } = await supabase
    .from('staff')
    .select(
      `id, full_name, qts_held, subject_or_phase,
       school_roles(role),
       mentors(id, ab_check_confirmed_on,
         pairings(id, started_on, ended_on,
           ect_induction:ect_inductions(id, ect:staff(full_name))))`,
    )
    .eq('school_id', schoolId)
    .order('full_name')
    .throwOnError();

  const staff = (data ?? []) as unknown as MentorOption[];
  return staff.filter((person) => person.school_roles.some((item) => item.role === 'mentor'));
}

export const mentorOptionsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: pairingKeys.mentorOptions(schoolId),
    queryFn: () => getMentorOptions(schoolId),
  });

export function useMentorOptions(schoolId: string) {
  return useQuery(mentorOptionsQueryOptions(schoolId));
}
