import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

export interface MentorAssignment {
  mentorStaffId: string;
  startsOn: string;
  reason: string | null;
}

/**
 * Makes the person the ECT's mentor from the start date; a current mentor's pairing ends the
 * day before, in the same transaction (assign_mentor RPC). Returns the new pairing's id.
 */
export async function assignMentor(inductionId: string, assignment: MentorAssignment) {
  const { data } = await supabase
    .rpc('assign_mentor', {
      p_ect_induction_id: inductionId,
      p_mentor_staff_id: assignment.mentorStaffId,
      p_starts_on: assignment.startsOn,
      p_reason: assignment.reason,
    })
    .throwOnError();

  return data as string;
}

export function useAssignMentor(inductionId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (assignment: MentorAssignment) => assignMentor(inductionId, assignment),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
