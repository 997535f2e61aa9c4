import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { mentorKeys } from '../keys';

export interface RaiseConcernInput {
  school_id: string;
  subject: 'ect_progress' | 'mentor_capacity';
  ect_induction_id: string | null;
  mentor_id: string | null;
  raised_by_staff_id: string;
  summary: string;
  details: string | null;
  /** One per set of values sent, so a retried or repeated submit raises one concern. */
  client_request_id: string;
}

/** Raises an open concern; a repeat of the same client_request_id changes nothing. */
export async function raiseConcern(input: RaiseConcernInput): Promise<void> {
  await supabase
    .from('concerns')
    .upsert(
      { ...input, status: 'open' },
      { onConflict: 'client_request_id', ignoreDuplicates: true },
    )
    .throwOnError();
}

export function useRaiseConcern() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: raiseConcern,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorKeys.all }),
  });
}
