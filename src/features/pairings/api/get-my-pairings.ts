import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { pairingKeys } from '../keys';

export interface MentorPairing {
  id: string;
  started_on: string;
  ended_on: string | null;
  ect_induction: {
    id: string;
    started_on: string;
    fte: number | string;
    status: string;
    ect: { full_name: string } | null;
  } | null;
}

const MENTOR_PAIRING_COLUMNS = `
  id, started_on, ended_on,
  mentor:mentors!inner ( staff_id ),
  ect_induction:ect_inductions ( id, started_on, fte, status, ect:staff ( full_name ) )
`;

/**
 * Fetches the pairings current on `asOf` in which the given staff member is the mentor, in
 * order of the ECT's name. The
 * filter on the mentor matters for a user who is also the induction tutor, whom row-level
 * security lets see every pairing at the school.
 */
export async function getMyPairings(
  schoolId: string,
  mentorStaffId: string,
  asOf: string,
): Promise<MentorPairing[]> {
  const { data } = await supabase
    .from('pairings')
    .select(MENTOR_PAIRING_COLUMNS)
    .eq('school_id', schoolId)
    .eq('mentor.staff_id', mentorStaffId)
    .lte('started_on', asOf)
    .or(`ended_on.is.null,ended_on.gte.${asOf}`)
    .throwOnError();

  const pairings = (data ?? []) as unknown as MentorPairing[];
  const nameOf = (pairing: MentorPairing) => pairing.ect_induction?.ect?.full_name ?? '';

  return pairings.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en-GB'));
}

export const myPairingsQueryOptions = (schoolId: string, mentorStaffId: string, asOf: string) =>
  queryOptions({
    queryKey: pairingKeys.ofMentor(schoolId, mentorStaffId, asOf),
    queryFn: () => getMyPairings(schoolId, mentorStaffId, asOf),
  });

export function useMyPairings(schoolId: string, mentorStaffId: string, asOf: string) {
  return useQuery(myPairingsQueryOptions(schoolId, mentorStaffId, asOf));
}
