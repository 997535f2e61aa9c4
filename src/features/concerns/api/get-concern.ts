import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import { concernKeys } from '../keys';
import type { ConcernDetail } from '../types';
import { CONCERN_COLUMNS } from './concern-columns';

/** Fetches one concern with its notes, newest note first. */
export async function getConcern(schoolId: string, concernId: string): Promise<ConcernDetail> {
  const { data } = await supabase
    .from('concerns')
    .select(
      `${CONCERN_COLUMNS}, notes:concern_notes(id, body, created_at, author:staff(full_name))`,
    )
    .eq('school_id', schoolId)
    .eq('id', concernId)
    .order('created_at', { referencedTable: 'concern_notes', ascending: false })
    .single()
    .throwOnError();

  return data as unknown as ConcernDetail;
}

export const concernQueryOptions = (schoolId: string, concernId: string) =>
  queryOptions({
    queryKey: concernKeys.detail(schoolId, concernId),
    queryFn: () => getConcern(schoolId, concernId),
  });

export function useConcern(schoolId: string, concernId: string) {
  return useQuery(concernQueryOptions(schoolId, concernId));
}
