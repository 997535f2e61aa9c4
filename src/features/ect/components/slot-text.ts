import { formatTime, weekdayName } from '@/lib/times';

import type { EctSlot } from '../types';

/** Describes a weekly slot: 'Tuesdays at 1:30pm, 60 minutes, in teaching hours'. */
export function slotText(slot: EctSlot): string {
  const where = slot.in_teaching_hours ? 'in teaching hours' : 'outside teaching hours';
  return `${weekdayName(slot.weekday)}s at ${formatTime(slot.starts_at)}, ${slot.minutes} minutes, ${where}`;
}

export function slotsInEffect(slots: readonly EctSlot[], today: string): EctSlot[] {
  return slots.filter(
    (slot) =>
      slot.effective_from <= today && (slot.effective_to === null || slot.effective_to >= today),
  );
}
