export const mentorKeys = {
  all: ['mentors'] as const,
  school: (schoolId: string) => [...mentorKeys.all, 'school', schoolId] as const,
  overview: (schoolId: string) => [...mentorKeys.school(schoolId), 'overview'] as const,
  record: (schoolId: string, staffId: string) =>
    [...mentorKeys.school(schoolId), 'record', staffId] as const,
  concerns: (schoolId: string, staffId: string) =>
    [...mentorKeys.school(schoolId), 'concerns', staffId] as const,
};
