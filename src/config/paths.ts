// Route paths in one place, so links and the router cannot drift apart.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signOut: '/sign-out',
  school: (schoolId: string) => `/schools/${schoolId}`,
  schoolDashboard: (schoolId: string) => `/schools/${schoolId}/dashboard`,
  myEcts: (schoolId: string) => `/schools/${schoolId}/my-ects`,
  myInduction: (schoolId: string) => `/schools/${schoolId}/my-induction`,
} as const;
