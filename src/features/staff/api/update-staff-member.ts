import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { StaleRecordError } from './stale-record-error';

export interface StaffDetailsInput {
  full_name: string;
  email: string;
  trn: string | null;
  qts_held: boolean;
  subject_or_phase: string | null;
}

/**
 * Saves a person's details if nobody changed them since they were read (the row's version);
 * throws a StaleRecordError otherwise.
 */
export async function updateStaffMember(
  staffId: string,
  version: number,
  details: StaffDetailsInput,
): Promise<void> {
  const { data } = await supabase
    .from('staff')
    .update(details)
    .eq('id', staffId)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleRecordError();
  }
}

export function useUpdateStaffMember(staffId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ version, details }: { version: number; details: StaffDetailsInput }) =>
      updateStaffMember(staffId, version, details),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
