export const dashboardKeys = {
  all: ['dashboards'] as const,
  /** The school's dashboard object, from one `school_dashboard` request. */
  school: (schoolId: string) => [...dashboardKeys.all, 'school', schoolId] as const,
};
