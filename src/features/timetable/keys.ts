export const timetableKeys = {
  all: ['timetable'] as const,
  school: (schoolId: string) => [...timetableKeys.all, 'school', schoolId] as const,
  inductionSlots: (schoolId: string, inductionId: string) =>
    [...timetableKeys.school(schoolId), 'induction', inductionId] as const,
  termDates: (schoolId: string) => [...timetableKeys.school(schoolId), 'term-dates'] as const,
};
