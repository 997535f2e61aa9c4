export const staffKeys = {
  all: ['staff'] as const,
  school: (schoolId: string) => [...staffKeys.all, 'school', schoolId] as const,
  list: (schoolId: string) => [...staffKeys.school(schoolId), 'list'] as const,
  member: (schoolId: string, staffId: string) =>
    [...staffKeys.school(schoolId), 'member', staffId] as const,
};
