import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { sessionKeys } from '../keys';
import type { MentorSession } from '../types';

const SESSION_COLUMNS =
  'id, pairing_id, held_on, minutes, kind, in_teaching_hours, notes, version, created_by';

/** Fetches the pairing's sessions, newest first. */
export async function getPairingSessions(pairingId: string): Promise<MentorSession[]> {
  const { data } = await supabase
    .from('mentor_sessions')
    .select(SESSION_COLUMNS)
    .eq('pairing_id', pairingId)
    .order('held_on', { ascending: false })
    .order('created_at', { ascending: false })
    .throwOnError();

  return (data ?? []) as MentorSession[];
}

export const pairingSessionsQueryOptions = (pairingId: string) =>
  queryOptions({
    queryKey: sessionKeys.list(pairingId),
    queryFn: () => getPairingSessions(pairingId),
  });

export function usePairingSessions(pairingId: string) {
  return useQuery(pairingSessionsQueryOptions(pairingId));
}
