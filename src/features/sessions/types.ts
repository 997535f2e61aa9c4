export type SessionKind = 'meeting' | 'observation' | 'drop_in' | 'joint_planning' | 'other';

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  meeting: 'Meeting',
  observation: 'Developmental observation',
  drop_in: 'Drop-in',
  joint_planning: 'Joint planning',
  other: 'Other',
};

/** A pairing as the session pages need it: whose it is and when it ran. */
export interface PairingDetails {
  id: string;
  school_id: string;
  started_on: string;
  ended_on: string | null;
  ect_induction: { id: string; ect: { full_name: string } | null } | null;
}

export interface MentorSession {
  id: string;
  pairing_id: string;
  held_on: string;
  minutes: number;
  kind: SessionKind;
  in_teaching_hours: boolean;
  notes: string | null;
  version: number;
  created_by: string | null;
}

/** What the session form sends; the database checks dates, minutes and the notes' length. */
export interface SessionInput {
  held_on: string;
  minutes: number;
  kind: SessionKind;
  in_teaching_hours: boolean;
  notes: string | null;
}

/** One row of `induction_weekly_sessions`. */
export interface WeeklySessions {
  week_starts_on: string;
  sessions_held: number;
  sessions_expected: number | string;
  up_to_as_of: boolean;
}
