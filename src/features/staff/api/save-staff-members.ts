import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { SavedStaffMember, StaffMemberInput } from '../types';

/** Adds or updates people at the school in one transaction (the save_staff_members RPC). */
export async function saveStaffMembers(
  schoolId: string,
  people: StaffMemberInput[],
): Promise<SavedStaffMember[]> {
  const { data } = await supabase
    .rpc('save_staff_members', { p_school_id: schoolId, p_people: people })
    .throwOnError();

  return (data ?? []) as SavedStaffMember[];
}

export function useSaveStaffMembers(schoolId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (people: StaffMemberInput[]) => saveStaffMembers(schoolId, people),
    // A new ECT or mentor changes other pages too (ECT list, dashboard), so everything cached
    // for the school is refetched.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
