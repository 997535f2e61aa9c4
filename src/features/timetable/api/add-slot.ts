import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

export interface NewSlot {
  school_id: string;
  pairing_id: string;
  weekday: number;
  starts_at: string;
  minutes: number;
  in_teaching_hours: boolean;
  effective_from: string;
}

/**
 * Adds a weekly slot. With `replaceOpenSlots`, the pairing's open-ended slots end the day
 * before it starts, and open-ended ones that would start on or after it are removed.
 * NOTE: the writes are separate requests, not one transaction; a failure part-way leaves the
 * slots partly replaced, which the page reports as an error.
 */
export async function addSlot(slot: NewSlot, replaceOpenSlots: boolean) {
  if (replaceOpenSlots) {
    await supabase
      .from('timetable_slots')
      .delete()
      .eq('pairing_id', slot.pairing_id)
      .is('effective_to', null)
      .gte('effective_from', slot.effective_from)
      .throwOnError();
    const dayBefore = new Date(`${slot.effective_from}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    await supabase
      .from('timetable_slots')
      .update({ effective_to: dayBefore.toISOString().slice(0, 10) })
      .eq('pairing_id', slot.pairing_id)
      .is('effective_to', null)
      .lt('effective_from', slot.effective_from)
      .throwOnError();
  }
  await supabase.from('timetable_slots').insert(slot).throwOnError();
}

export function useAddSlot() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ slot, replaceOpenSlots }: { slot: NewSlot; replaceOpenSlots: boolean }) =>
      addSlot(slot, replaceOpenSlots),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
