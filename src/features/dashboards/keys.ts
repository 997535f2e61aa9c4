export const dashboardKeys = {
  all: ['dashboards'] as const,
  school: (schoolId: string) => [...dashboardKeys.all, 'school', schoolId] as const,
  schoolTiles: (schoolId: string) => [...dashboardKeys.school(schoolId), 'tiles'] as const,
  schoolEcts: (schoolId: string) => [...dashboardKeys.school(schoolId), 'ects'] as const,
  schoolCheckpoints: (schoolId: string) =>
    [...dashboardKeys.school(schoolId), 'checkpoints'] as const,
};
