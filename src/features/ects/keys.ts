export const ectKeys = {
  all: ['ects'] as const,
  school: (schoolId: string) => [...ectKeys.all, 'school', schoolId] as const,
  induction: (schoolId: string, ectStaffId: string) =>
    [...ectKeys.school(schoolId), 'induction', ectStaffId] as const,
  list: (schoolId: string) => [...ectKeys.school(schoolId), 'list'] as const,
  record: (schoolId: string, inductionId: string) =>
    [...ectKeys.school(schoolId), 'record', inductionId] as const,
  statusHistory: (schoolId: string, inductionId: string) =>
    [...ectKeys.record(schoolId, inductionId), 'status-history'] as const,
};
