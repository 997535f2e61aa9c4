// Composite foreign keys name the two links from concerns to staff, so each embed says which.
export const CONCERN_COLUMNS = `
  id, subject, summary, details, status, priority, raised_at, escalated_on, resolved_at,
  resolution, version,
  ect_induction:ect_inductions(id, ect:staff(id, full_name)),
  mentor:mentors(id, staff(id, full_name)),
  raised_by:staff!concerns_school_id_raised_by_staff_id_fkey(id, full_name),
  assigned_to:staff!concerns_school_id_assigned_to_staff_id_fkey(id, full_name),
  escalated_to:appropriate_bodies(name)
`;
