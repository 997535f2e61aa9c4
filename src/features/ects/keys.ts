export const ectKeys = {
  all: ['ects'] as const,
  school: (schoolId: string) => [...ectKeys.all, 'school', schoolId] as const,
  induction: (schoolId: string, ectStaffId: string) =>
    [...ectKeys.school(schoolId), 'induction', ectStaffId] as const,
};
