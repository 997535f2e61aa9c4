import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { headteacherKeys } from '../keys';
import type { SchoolMentorTime } from '../types';

/** Fetches the school's timetabled mentor time as one object. */
export async function getMentorTime(schoolId: string): Promise<SchoolMentorTime> {
  const { data } = await supabase
    .rpc('school_mentor_time', { p_school_id: schoolId })
    .throwOnError();

  return data as SchoolMentorTime;
}

export const mentorTimeQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: headteacherKeys.mentorTime(schoolId),
    queryFn: () => getMentorTime(schoolId),
  });

export function useMentorTime(schoolId: string) {
  return useQuery(mentorTimeQueryOptions(schoolId));
}
