import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { InductionStatus } from '../induction-types';

export interface StatusChange {
  status: InductionStatus;
  changedOn: string;
  reason: string | null;
}

/**
 * Changes the induction's status (change_induction_status RPC); leaving, moving school,
 * withdrawing and completing also end its pairings on that day.
 */
export async function changeInductionStatus(inductionId: string, change: StatusChange) {
  await supabase
    .rpc('change_induction_status', {
      p_ect_induction_id: inductionId,
      p_status: change.status,
      p_changed_on: change.changedOn,
      p_reason: change.reason,
    })
    .throwOnError();
}

export function useChangeInductionStatus(inductionId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (change: StatusChange) => changeInductionStatus(inductionId, change),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
