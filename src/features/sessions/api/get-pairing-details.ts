import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { sessionKeys } from '../keys';
import type { PairingDetails } from '../types';

/** Fetches a pairing with its ECT's name; null when it does not exist or is not the user's. */
export async function getPairingDetails(pairingId: string): Promise<PairingDetails | null> {
  const { data } = await supabase
    .from('pairings')
    .select(
      'id, school_id, started_on, ended_on, ect_induction:ect_inductions ( id, ect:staff ( full_name ) )',
    )
    .eq('id', pairingId)
    .maybeSingle()
    .throwOnError();

  return (data ?? null) as unknown as PairingDetails | null;
}

export const pairingDetailsQueryOptions = (pairingId: string) =>
  queryOptions({
    queryKey: sessionKeys.pairingDetails(pairingId),
    queryFn: () => getPairingDetails(pairingId),
  });

export function usePairingDetails(pairingId: string) {
  return useQuery(pairingDetailsQueryOptions(pairingId));
}
