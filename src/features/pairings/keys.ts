export const pairingKeys = {
  all: ['pairings'] as const,
  school: (schoolId: string) => [...pairingKeys.all, 'school', schoolId] as const,
  ofMentor: (schoolId: string, mentorStaffId: string, asOf: string) =>
    [...pairingKeys.school(schoolId), 'mentor', mentorStaffId, asOf] as const,
  ofInduction: (schoolId: string, inductionId: string) =>
    [...pairingKeys.school(schoolId), 'induction', inductionId] as const,
  mentorOptions: (schoolId: string) => [...pairingKeys.school(schoolId), 'mentor-options'] as const,
};
