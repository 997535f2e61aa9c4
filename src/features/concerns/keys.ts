export const concernKeys = {
  all: ['concerns'] as const,
  school: (schoolId: string) => [...concernKeys.all, 'school', schoolId] as const,
  list: (schoolId: string) => [...concernKeys.school(schoolId), 'list'] as const,
  detail: (schoolId: string, concernId: string) =>
    [...concernKeys.school(schoolId), 'detail', concernId] as const,
  ofInduction: (schoolId: string, inductionId: string) =>
    [...concernKeys.school(schoolId), 'induction', inductionId] as const,
  people: (schoolId: string) => [...concernKeys.school(schoolId), 'people'] as const,
};
