import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

/** Ends a slot on the given day (the slot still counts that day), at the version read. */
export async function endSlot(slotId: string, version: number, lastDay: string) {
  const { data } = await supabase
    .from('timetable_slots')
    .update({ effective_to: lastDay })
    .eq('id', slotId)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new Error('Someone else changed this slot since the page loaded. Reload and try again.');
  }
}

export function useEndSlot() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({
      slotId,
      version,
      lastDay,
    }: {
      slotId: string;
      version: number;
      lastDay: string;
    }) => endSlot(slotId, version, lastDay),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
