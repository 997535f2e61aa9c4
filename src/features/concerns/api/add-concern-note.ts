import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';

/** Adds a note to a concern; the database records the signed-in user as its author. */
export async function addConcernNote(schoolId: string, concernId: string, body: string) {
  await supabase
    .from('concern_notes')
    .insert({ school_id: schoolId, concern_id: concernId, body })
    .throwOnError();
}

export function useAddConcernNote(schoolId: string, concernId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (body: string) => addConcernNote(schoolId, concernId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: concernKeys.detail(schoolId, concernId) }),
  });
}
