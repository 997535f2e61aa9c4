import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';
import type { ConcernPerson } from '../types';

/** Fetches the school's staff with roles and mentor rows, for assigning and raising concerns. */
export async function getConcernPeople(schoolId: string): Promise<ConcernPerson[]> {
  const { data } = await supabase
    .from('staff')
    .select(
      'id, full_name, school_roles(role), mentors(id), ect_inductions(id, status, started_on)',
    )
    .eq('school_id', schoolId)
    .order('full_name')
    .throwOnError();

  return (data ?? []) as unknown as ConcernPerson[];
}

export const concernPeopleQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: concernKeys.people(schoolId),
    queryFn: () => getConcernPeople(schoolId),
  });

export function useConcernPeople(schoolId: string) {
  return useQuery(concernPeopleQueryOptions(schoolId));
}
