import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { mentorKeys } from '../keys';
import type { MentorRecord } from '../types';

/** Fetches the mentor row of this staff member at the school; null when there is none. */
export async function getMentorRecord(
  schoolId: string,
  staffId: string,
): Promise<MentorRecord | null> {
  const { data } = await supabase
    .from('mentors')
    .select('id, training_scheme, training_started_on')
    .eq('school_id', schoolId)
    .eq('staff_id', staffId)
    .maybeSingle()
    .throwOnError();

  return (data ?? null) as MentorRecord | null;
}

export const mentorRecordQueryOptions = (schoolId: string, staffId: string) =>
  queryOptions({
    queryKey: mentorKeys.record(schoolId, staffId),
    queryFn: () => getMentorRecord(schoolId, staffId),
  });

export function useMentorRecord(schoolId: string, staffId: string) {
  return useQuery(mentorRecordQueryOptions(schoolId, staffId));
}
