export type ConcernStatus = 'open' | 'in_progress' | 'escalated' | 'resolved';
export type ConcernPriority = 'low' | 'medium' | 'high';

export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  escalated: 'Escalated',
  resolved: 'Resolved',
};

export const PRIORITY_LABELS: Record<ConcernPriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

interface NamedStaff {
  id: string;
  full_name: string;
}

/** A concern with the names it refers to. */
export interface ConcernRow {
  id: string;
  subject: 'ect_progress' | 'mentor_capacity';
  summary: string;
  details: string | null;
  status: ConcernStatus;
  priority: ConcernPriority | null;
  raised_at: string;
  escalated_on: string | null;
  resolved_at: string | null;
  resolution: string | null;
  version: number;
  ect_induction: { id: string; ect: NamedStaff | null } | null;
  mentor: { id: string; staff: NamedStaff | null } | null;
  raised_by: NamedStaff | null;
  assigned_to: NamedStaff | null;
  escalated_to: { name: string } | null;
}

export interface ConcernNote {
  id: string;
  body: string;
  created_at: string;
  author: { full_name: string } | null;
}

export interface ConcernDetail extends ConcernRow {
  notes: ConcernNote[];
}

/** A person a concern can be assigned to or be about. */
export interface ConcernPerson {
  id: string;
  full_name: string;
  school_roles: { role: string }[];
  /** The mentors row: unique per person and school, so PostgREST embeds one object or null. */
  mentors: { id: string } | null;
  ect_inductions: { id: string; status: string; started_on: string }[];
}
