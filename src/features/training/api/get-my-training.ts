import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { trainingKeys } from '../keys';

export interface TrainingLog {
  id: string;
  completed_on: string;
  hours: number | string;
  activity: string;
}

export interface MyTraining {
  mentorId: string;
  scheme: 'ecf_based' | 'mentor_2025' | null;
  startedOn: string | null;
  logs: TrainingLog[];
}

/** Fetches the mentor's training scheme and logged training; null when they are not a mentor. */
export async function getMyTraining(schoolId: string, staffId: string): Promise<MyTraining | null> {
  const { data } = await supabase
    .from('mentors')
    .select(
      'id, training_scheme, training_started_on, mentor_training_logs ( id, completed_on, hours, activity )',
    )
    .eq('school_id', schoolId)
    .eq('staff_id', staffId)
    .order('completed_on', { referencedTable: 'mentor_training_logs', ascending: false })
    .maybeSingle()
    .throwOnError();
  if (!data) return null;

  const row = data as unknown as {
    id: string;
    training_scheme: MyTraining['scheme'];
    training_started_on: string | null;
    mentor_training_logs: TrainingLog[];
  };
  return {
    mentorId: row.id,
    scheme: row.training_scheme,
    startedOn: row.training_started_on,
    logs: row.mentor_training_logs,
  };
}

export const myTrainingQueryOptions = (schoolId: string, staffId: string) =>
  queryOptions({
    queryKey: trainingKeys.mentor(schoolId, staffId),
    queryFn: () => getMyTraining(schoolId, staffId),
  });

export function useMyTraining(schoolId: string, staffId: string) {
  return useQuery(myTrainingQueryOptions(schoolId, staffId));
}
