import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { TermDatesRow } from '../types';

/** Saves one academic year's three terms, adding or replacing them (one request, one transaction). */
export async function saveTermDates(schoolId: string, terms: TermDatesRow[]) {
  const rows = terms.map(
    ({ academic_year, term, starts_on, half_term_starts_on, half_term_ends_on, ends_on }) => ({
      school_id: schoolId,
      academic_year,
      term,
      starts_on,
      half_term_starts_on,
      half_term_ends_on,
      ends_on,
    }),
  );
  await supabase
    .from('term_dates')
    .upsert(rows, { onConflict: 'school_id,academic_year,term' })
    .throwOnError();
}

export function useSaveTermDates(schoolId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (terms: TermDatesRow[]) => saveTermDates(schoolId, terms),
    // Term dates change every dashboard figure and every review's due date.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
