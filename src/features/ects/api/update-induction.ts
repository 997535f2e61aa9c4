import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { Programme } from '../induction-types';

export interface InductionDetails {
  started_on: string;
  fte: number;
  programme: Programme;
  dfe_registered_on: string | null;
  year_one_reduction_percent: number;
  year_two_reduction_percent: number;
}

/** Thrown when the induction changed since it was read, so the save matched no row. */
export class StaleInductionError extends Error {
  constructor() {
    super('Someone else changed this induction since you opened it');
    this.name = 'StaleInductionError';
  }
}

/** Saves the induction's details at the version read; throws StaleInductionError otherwise. */
export async function updateInduction(
  inductionId: string,
  version: number,
  details: InductionDetails,
) {
  const { data } = await supabase
    .from('ect_inductions')
    .update(details)
    .eq('id', inductionId)
    .eq('version', version)
    .select('id')
    .throwOnError();
  if (!data || data.length === 0) {
    throw new StaleInductionError();
  }
}

export function useUpdateInduction(inductionId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ version, details }: { version: number; details: InductionDetails }) =>
      updateInduction(inductionId, version, details),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
