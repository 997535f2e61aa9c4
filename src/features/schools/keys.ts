export const schoolKeys = {
  all: ['schools'] as const,
  myRoles: () => [...schoolKeys.all, 'my-roles'] as const,
};
