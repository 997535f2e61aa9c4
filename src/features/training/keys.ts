export const trainingKeys = {
  all: ['training'] as const,
  mentor: (schoolId: string, staffId: string) =>
    [...trainingKeys.all, 'school', schoolId, 'mentor', staffId] as const,
};
