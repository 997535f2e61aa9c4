export const importKeys = {
  all: ['imports'] as const,
  existingEmails: (schoolId: string) => [...importKeys.all, 'school', schoolId, 'emails'] as const,
};
