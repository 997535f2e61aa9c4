export interface EctSlot {
  id: string;
  weekday: number;
  starts_at: string;
  minutes: number;
  in_teaching_hours: boolean;
  effective_from: string;
  effective_to: string | null;
}

export interface EctSession {
  id: string;
  held_on: string;
  minutes: number;
  kind: 'meeting' | 'observation' | 'drop_in' | 'joint_planning' | 'other';
  in_teaching_hours: boolean;
}

export interface EctPairing {
  id: string;
  started_on: string;
  ended_on: string | null;
  mentor: { staff: { full_name: string; email: string } | null } | null;
  timetable_slots: EctSlot[];
  mentor_sessions: EctSession[];
}

export interface EctInduction {
  id: string;
  started_on: string;
  fte: number | string;
  status: string;
  pairings: EctPairing[];
}

export interface TermDateRow {
  academic_year: number;
  term: number;
  starts_on: string;
  ends_on: string;
}
