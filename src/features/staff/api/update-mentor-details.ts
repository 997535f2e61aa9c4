import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { StaleRecordError } from './stale-record-error';

export interface MentorDetailsInput {
  ab_check_requested_on: string | null;
  ab_check_confirmed_on: string | null;
  dfe_registered_on: string | null;
}

/** Saves a mentor's appropriate-body check and DfE registration dates, at the version read. */
export async function updateMentorDetails(
  mentorId: string,
  version: number,
  details: MentorDetailsInput,
): Promise<void> {
  const { data } = await supabase
    .from('mentors')
    .update(details)
    .eq('id', mentorId)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleRecordError();
  }
}

export function useUpdateMentorDetails(mentorId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ version, details }: { version: number; details: MentorDetailsInput }) =>
      updateMentorDetails(mentorId, version, details),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
