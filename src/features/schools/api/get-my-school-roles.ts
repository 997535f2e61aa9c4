import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { schoolKeys } from '../keys';
import type { SchoolRoleRow } from '../roles';

/** Fetches every role the signed-in user holds, at every school. */
export async function getMySchoolRoles(): Promise<SchoolRoleRow[]> {
  const { data } = await supabase.rpc('current_user_roles').throwOnError();

  return (data ?? []) as SchoolRoleRow[];
}

export const mySchoolRolesQueryOptions = () =>
  queryOptions({
    queryKey: schoolKeys.myRoles(),
    queryFn: getMySchoolRoles,
    // Roles change rarely; sign-in and sign-out clear the cache anyway.
    staleTime: 5 * 60_000,
  });

export function useMySchoolRoles() {
  return useQuery(mySchoolRolesQueryOptions());
}
