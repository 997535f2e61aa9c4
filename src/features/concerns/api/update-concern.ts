import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { ConcernPriority, ConcernStatus } from '../types';

export interface ConcernChange {
  status?: ConcernStatus;
  priority?: ConcernPriority | null;
  assigned_to_staff_id?: string | null;
  escalated_on?: string | null;
  escalated_to_appropriate_body_id?: string | null;
  resolved_at?: string | null;
  resolution?: string | null;
}

/** Thrown when the concern changed since it was read, so the save matched no row. */
export class StaleConcernError extends Error {
  constructor() {
    super('Someone else changed this concern since you opened it');
    this.name = 'StaleConcernError';
  }
}

/** Saves a change to a concern at the version read; throws StaleConcernError otherwise. */
export async function updateConcern(concernId: string, version: number, change: ConcernChange) {
  const { data } = await supabase
    .from('concerns')
    .update(change)
    .eq('id', concernId)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleConcernError();
  }
}

export function useUpdateConcern(concernId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ version, change }: { version: number; change: ConcernChange }) =>
      updateConcern(concernId, version, change),
    // Open concerns feed the dashboard too.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
