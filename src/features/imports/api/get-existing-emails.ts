import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { importKeys } from '../keys';

/** Fetches the email addresses already recorded at the school, lower-cased. */
export async function getExistingEmails(schoolId: string): Promise<Set<string>> {
  const { data } = await supabase
    .from('staff')
    .select('email')
    .eq('school_id', schoolId)
    .throwOnError();

  return new Set((data ?? []).map((row) => (row as { email: string }).email.toLowerCase()));
}

export const existingEmailsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: importKeys.existingEmails(schoolId),
    queryFn: () => getExistingEmails(schoolId),
  });

export function useExistingEmails(schoolId: string) {
  return useQuery(existingEmailsQueryOptions(schoolId));
}
