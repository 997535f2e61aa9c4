import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { mentorKeys } from '../keys';

export interface RaisedConcern {
  id: string;
  subject: 'ect_progress' | 'mentor_capacity';
  summary: string;
  details: string | null;
  status: 'open' | 'in_progress' | 'escalated' | 'resolved';
  raised_at: string;
  escalated_on: string | null;
  resolved_at: string | null;
  resolution: string | null;
  ect_induction: { ect: { full_name: string } | null } | null;
}

const CONCERN_COLUMNS = `
  id, subject, summary, details, status, raised_at, escalated_on, resolved_at, resolution,
  ect_induction:ect_inductions ( ect:staff ( full_name ) )
`;

/** Fetches the concerns this staff member raised at the school, newest first. */
export async function getMyConcerns(schoolId: string, staffId: string): Promise<RaisedConcern[]> {
  const { data } = await supabase
    .from('concerns')
    .select(CONCERN_COLUMNS)
    .eq('school_id', schoolId)
    .eq('raised_by_staff_id', staffId)
    .order('raised_at', { ascending: false })
    .throwOnError();

  return (data ?? []) as unknown as RaisedConcern[];
}

export const myConcernsQueryOptions = (schoolId: string, staffId: string) =>
  queryOptions({
    queryKey: mentorKeys.concerns(schoolId, staffId),
    queryFn: () => getMyConcerns(schoolId, staffId),
  });

export function useMyConcerns(schoolId: string, staffId: string) {
  return useQuery(myConcernsQueryOptions(schoolId, staffId));
}
