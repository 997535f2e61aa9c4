import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { StaffRole } from '../types';

/** Removes one role from a person; their other records (pairings, inductions) stay. */
export async function removeStaffRole(staffId: string, role: StaffRole): Promise<void> {
  await supabase
    .from('school_roles')
    .delete()
    .eq('staff_id', staffId)
    .eq('role', role)
    .throwOnError();
}

export function useRemoveStaffRole(staffId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (role: StaffRole) => removeStaffRole(staffId, role),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
