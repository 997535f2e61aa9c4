export const ectSelfKeys = {
  all: ['ect-self'] as const,
  induction: (schoolId: string, staffId: string) =>
    [...ectSelfKeys.all, 'induction', schoolId, staffId] as const,
  termDates: (schoolId: string) => [...ectSelfKeys.all, 'term-dates', schoolId] as const,
  weekly: (inductionId: string) => [...ectSelfKeys.all, 'weekly', inductionId] as const,
};
