export const calendarKeys = {
  all: ['calendar'] as const,
  school: (schoolId: string) => [...calendarKeys.all, 'school', schoolId] as const,
  induction: (schoolId: string, inductionId: string) =>
    [...calendarKeys.school(schoolId), 'induction', inductionId] as const,
};
