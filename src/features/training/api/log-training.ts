import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { trainingKeys } from '../keys';

export interface LogTrainingInput {
  school_id: string;
  mentor_id: string;
  completed_on: string;
  hours: number;
  activity: string;
  /** One per set of values sent, so a retried or repeated submit logs one row. */
  client_request_id: string;
}

export async function logTraining(input: LogTrainingInput): Promise<void> {
  await supabase
    .from('mentor_training_logs')
    .upsert(input, { onConflict: 'client_request_id', ignoreDuplicates: true })
    .throwOnError();
}

export function useLogTraining() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: logTraining,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
