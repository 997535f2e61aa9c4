export const headteacherKeys = {
  all: ['headteacher'] as const,
  mentorTime: (schoolId: string) => [...headteacherKeys.all, 'mentor-time', schoolId] as const,
  concerns: (schoolId: string) => [...headteacherKeys.all, 'concerns', schoolId] as const,
  trust: () => [...headteacherKeys.all, 'trust'] as const,
};
