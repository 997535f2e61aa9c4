export interface TimetableSlot {
  id: string;
  weekday: number;
  /** 'HH:MM:SS' from a Postgres time. */
  starts_at: string;
  minutes: number;
  in_teaching_hours: boolean;
  effective_from: string;
  effective_to: string | null;
  version: number;
}

export interface PairingWithSlots {
  id: string;
  started_on: string;
  ended_on: string | null;
  mentor: { staff: { full_name: string } | null } | null;
  timetable_slots: TimetableSlot[];
}

export interface TermDatesRow {
  id?: string;
  academic_year: number;
  term: 1 | 2 | 3;
  starts_on: string;
  half_term_starts_on: string;
  half_term_ends_on: string;
  ends_on: string;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

export const TERM_NAMES = { 1: 'Autumn', 2: 'Spring', 3: 'Summer' } as const;
