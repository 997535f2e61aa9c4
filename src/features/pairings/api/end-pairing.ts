import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

/** Ends a pairing, and its timetable slots, on the given day (end_pairing RPC). */
export async function endPairing(pairingId: string, endedOn: string, reason: string | null) {
  await supabase
    .rpc('end_pairing', { p_pairing_id: pairingId, p_ended_on: endedOn, p_reason: reason })
    .throwOnError();
}

export function useEndPairing(pairingId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ endedOn, reason }: { endedOn: string; reason: string | null }) =>
      endPairing(pairingId, endedOn, reason),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
