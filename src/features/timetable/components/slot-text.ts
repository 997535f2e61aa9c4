import { WEEKDAY_NAMES, type TimetableSlot } from '../types';

/** '14:30' from a Postgres time '14:30:00'. */
export function timeText(startsAt: string): string {
  return startsAt.slice(0, 5);
}

/** 'Tuesday 14:30, 45 minutes'. */
export function slotText(slot: TimetableSlot): string {
  return `${WEEKDAY_NAMES[slot.weekday - 1] ?? 'Day not known'} ${timeText(slot.starts_at)}, ${slot.minutes} minutes`;
}

/** Whether the slot is in effect on the day. */
export function slotInEffect(slot: TimetableSlot, day: string): boolean {
  return slot.effective_from <= day && (slot.effective_to === null || slot.effective_to >= day);
}
