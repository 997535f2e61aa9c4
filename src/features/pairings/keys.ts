export const pairingKeys = {
  all: ['pairings'] as const,
  school: (schoolId: string) => [...pairingKeys.all, 'school', schoolId] as const,
  ofMentor: (schoolId: string, mentorStaffId: string, asOf: string) =>
    [...pairingKeys.school(schoolId), 'mentor', mentorStaffId, asOf] as const,
};
