import { useMutation, useQueryClient } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { ImportResult, ImportRow } from '../types';

/** The save_staff_members input for one checked row; blank cells keep what is stored. */
export function personFromRow(row: ImportRow) {
  const isEct = row.roles.includes('ect');

  return {
    row: row.line,
    full_name: row.fullName,
    email: row.email,
    roles: row.roles,
    trn: row.trn,
    // An ECT holds QTS by definition; others keep the stored value, or No for a new person.
    qts_held: row.qtsHeld ?? (isEct ? true : null),
    subject_or_phase: row.subjectOrPhase,
    induction:
      isEct && row.startedOn
        ? { started_on: row.startedOn, fte: row.fte, programme: row.programme }
        : null,
  };
}

/** Writes the rows in one transaction (save_staff_members); any refusal writes nothing. */
export async function importStaff(schoolId: string, rows: ImportRow[]): Promise<ImportResult[]> {
  const { data } = await supabase
    .rpc('save_staff_members', { p_school_id: schoolId, p_people: rows.map(personFromRow) })
    .throwOnError();

  return (data ?? []) as ImportResult[];
}

export function useImportStaff(schoolId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (rows: ImportRow[]) => importStaff(schoolId, rows),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
