// Route paths in one place, so links and the router cannot drift apart.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signOut: '/sign-out',
  school: (schoolId: string) => `/schools/${schoolId}`,
  schoolDashboard: (schoolId: string) => `/schools/${schoolId}/dashboard`,
  myEcts: (schoolId: string) => `/schools/${schoolId}/my-ects`,
  myInduction: (schoolId: string) => `/schools/${schoolId}/my-induction`,
  // The induction tutor's records.
  staffList: (schoolId: string) => `/schools/${schoolId}/staff`,
  addStaff: (schoolId: string) => `/schools/${schoolId}/staff/new`,
  importStaff: (schoolId: string) => `/schools/${schoolId}/staff/import`,
  staffMember: (schoolId: string, staffId: string) => `/schools/${schoolId}/staff/${staffId}`,
  editStaffMember: (schoolId: string, staffId: string) =>
    `/schools/${schoolId}/staff/${staffId}/edit`,
  addStaffRole: (schoolId: string, staffId: string) =>
    `/schools/${schoolId}/staff/${staffId}/roles/new`,
  editMentorDetails: (schoolId: string, staffId: string) =>
    `/schools/${schoolId}/staff/${staffId}/mentor`,
  inductions: (schoolId: string) => `/schools/${schoolId}/ects`,
  induction: (schoolId: string, inductionId: string) => `/schools/${schoolId}/ects/${inductionId}`,
  editInduction: (schoolId: string, inductionId: string) =>
    `/schools/${schoolId}/ects/${inductionId}/edit`,
  changeInductionStatus: (schoolId: string, inductionId: string) =>
    `/schools/${schoolId}/ects/${inductionId}/status`,
  assignMentor: (schoolId: string, inductionId: string) =>
    `/schools/${schoolId}/ects/${inductionId}/mentor`,
  endPairing: (schoolId: string, inductionId: string, pairingId: string) =>
    `/schools/${schoolId}/ects/${inductionId}/pairings/${pairingId}/end`,
  addSlot: (schoolId: string, inductionId: string, pairingId: string) =>
    `/schools/${schoolId}/ects/${inductionId}/pairings/${pairingId}/slots/new`,
  recordReview: (schoolId: string, inductionId: string, term: number) =>
    `/schools/${schoolId}/ects/${inductionId}/reviews/${term}`,
  concerns: (schoolId: string) => `/schools/${schoolId}/concerns`,
  raiseConcern: (schoolId: string) => `/schools/${schoolId}/concerns/new`,
  concern: (schoolId: string, concernId: string) => `/schools/${schoolId}/concerns/${concernId}`,
  concernAction: (schoolId: string, concernId: string, action: 'triage' | 'escalate' | 'resolve') =>
    `/schools/${schoolId}/concerns/${concernId}/${action}`,
  termDates: (schoolId: string) => `/schools/${schoolId}/term-dates`,
  // The mentor's, the headteacher's and the trust's pages.
  pairingSessions: (schoolId: string, pairingId: string) =>
    `/schools/${schoolId}/my-ects/${pairingId}`,
  logSession: (schoolId: string, pairingId: string) =>
    `/schools/${schoolId}/my-ects/${pairingId}/log`,
  editSession: (schoolId: string, pairingId: string, sessionId: string) =>
    `/schools/${schoolId}/my-ects/${pairingId}/sessions/${sessionId}/edit`,
  deleteSession: (schoolId: string, pairingId: string, sessionId: string) =>
    `/schools/${schoolId}/my-ects/${pairingId}/sessions/${sessionId}/delete`,
  myConcerns: (schoolId: string) => `/schools/${schoolId}/my-concerns`,
  raiseMyConcern: (schoolId: string) => `/schools/${schoolId}/my-concerns/new`,
  myTraining: (schoolId: string) => `/schools/${schoolId}/my-training`,
  logTraining: (schoolId: string) => `/schools/${schoolId}/my-training/log`,
  mentorTime: (schoolId: string) => `/schools/${schoolId}/mentor-time`,
  concernsSummary: (schoolId: string) => `/schools/${schoolId}/concerns-summary`,
  compareSchools: '/compare-schools',
} as const;
