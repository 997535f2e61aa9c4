import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { sessionKeys } from '../keys';
import type { SessionInput } from '../types';

/** Raised when a row changed or vanished since the form read it. */
export class StaleVersionError extends Error {
  constructor() {
    super('The session changed after you opened it');
    this.name = 'StaleVersionError';
  }
}

export interface LogSessionInput extends SessionInput {
  school_id: string;
  pairing_id: string;
  /** One per set of values sent, so a retried or repeated submit inserts one row. */
  client_request_id: string;
}

/** Logs a session; a repeat of the same client_request_id changes nothing. */
export async function logSession(input: LogSessionInput): Promise<void> {
  await supabase
    .from('mentor_sessions')
    .upsert(input, { onConflict: 'client_request_id', ignoreDuplicates: true })
    .throwOnError();
}

export interface UpdateSessionInput extends SessionInput {
  id: string;
  /** The version the form read; the update changes nothing when another save came first. */
  version: number;
}

export async function updateSession({ id, version, ...changes }: UpdateSessionInput) {
  const { data } = await supabase
    .from('mentor_sessions')
    .update(changes)
    .eq('id', id)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleVersionError();
  }
}

export async function deleteSession({ id, version }: { id: string; version: number }) {
  const { data } = await supabase
    .from('mentor_sessions')
    .delete()
    .eq('id', id)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleVersionError();
  }
}

/**
 * Wraps a session write so that every view of sessions and mentoring figures refreshes. The
 * mentor overview and the dashboards belong to other features, which this one may not import,
 * so their key roots are written out here.
 */
function useSessionMutation<Input>(write: (input: Input) => Promise<void>) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['mentors'] }),
        queryClient.invalidateQueries({ queryKey: ['dashboards'] }),
      ]);
    },
  });
}

export const useLogSession = () => useSessionMutation(logSession);
export const useUpdateSession = () => useSessionMutation(updateSession);
export const useDeleteSession = () => useSessionMutation(deleteSession);
