import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';

export interface SchoolAppropriateBody {
  id: string;
  name: string;
}

/** Fetches the appropriate body the school has appointed, or null when none is recorded. */
export async function getSchoolAppropriateBody(
  schoolId: string,
): Promise<SchoolAppropriateBody | null> {
  const { data } = await supabase
    .from('schools')
    .select('appropriate_body:appropriate_bodies(id, name)')
    .eq('id', schoolId)
    .single()
    .throwOnError();

  return (data as unknown as { appropriate_body: SchoolAppropriateBody | null }).appropriate_body;
}

export const schoolAppropriateBodyQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: [...concernKeys.school(schoolId), 'appropriate-body'] as const,
    queryFn: () => getSchoolAppropriateBody(schoolId),
  });

export function useSchoolAppropriateBody(schoolId: string) {
  return useQuery(schoolAppropriateBodyQueryOptions(schoolId));
}
