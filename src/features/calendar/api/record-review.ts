import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

export interface ReviewRecord {
  school_id: string;
  ect_induction_id: string;
  induction_term: number;
  completed_on: string;
  on_track: boolean | null;
  notes: string | null;
}

/** Records the review or assessment of one induction term, replacing an earlier record of it. */
export async function recordReview(review: ReviewRecord) {
  await supabase
    .from('induction_reviews')
    .upsert(review, { onConflict: 'ect_induction_id,induction_term' })
    .throwOnError();
}

export function useRecordReview() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: recordReview,
    // The dashboard's due and overdue flags change with it.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
