import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

export interface NewConcern {
  school_id: string;
  subject: 'ect_progress' | 'mentor_capacity';
  ect_induction_id: string | null;
  mentor_id: string | null;
  summary: string;
  details: string | null;
  raised_by_staff_id: string;
  /** One per set of values sent, so a double-submitted form raises one concern. */
  client_request_id: string;
}

/** Raises a concern and returns its id; a repeated request id returns the first concern's id. */
export async function raiseConcern(concern: NewConcern): Promise<string> {
  const { data } = await supabase
    .from('concerns')
    .upsert(concern, { onConflict: 'client_request_id', ignoreDuplicates: true })
    .select('id')
    .throwOnError();
  if (data && data.length > 0) {
    return (data[0] as { id: string }).id;
  }
  const { data: existing } = await supabase
    .from('concerns')
    .select('id')
    .eq('client_request_id', concern.client_request_id)
    .single()
    .throwOnError();

  return (existing as { id: string }).id;
}

export function useRaiseConcern() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: raiseConcern,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
