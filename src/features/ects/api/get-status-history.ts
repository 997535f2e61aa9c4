import { queryOptions, useQuery } from '@tanstack/react-query';

import { supabase } from '@/lib/supabase';

import type { InductionStatus, StatusHistoryEntry } from '../induction-types';
import { ectKeys } from '../keys';

interface AuditEntry {
  occurred_at: string;
  status: InductionStatus | null;
  old_status: InductionStatus | null;
  changed_on: string | null;
  started_on: string | null;
  reason: string | null;
}

/** Keeps the audit entries that set a new status: the insert, then each change of status. */
export function statusHistoryFromAudit(entries: readonly AuditEntry[]): StatusHistoryEntry[] {
  return entries
    .filter((entry) => entry.status !== null && entry.status !== entry.old_status)
    .map((entry) => ({
      status: entry.status as InductionStatus,
      changedOn: entry.changed_on ?? entry.started_on ?? entry.occurred_at.slice(0, 10),
      reason: entry.reason,
      recordedAt: entry.occurred_at,
    }));
}

/**
 * Fetches the induction's statuses over time from the audit log, which keeps every version of
 * the row (induction tutors may read it).
 */
export async function getStatusHistory(inductionId: string): Promise<StatusHistoryEntry[]> {
  const { data } = await supabase
    .from('audit_log')
    .select(
      `occurred_at,
       status:new_values->>status, old_status:old_values->>status,
       changed_on:new_values->>status_changed_on, started_on:new_values->>started_on,
       reason:new_values->>status_reason`,
    )
    .eq('table_name', 'ect_inductions')
    .eq('row_id', inductionId)
    .in('operation', ['INSERT', 'UPDATE'])
    .order('occurred_at')
    .throwOnError();

  return statusHistoryFromAudit((data ?? []) as unknown as AuditEntry[]);
}

export const statusHistoryQueryOptions = (schoolId: string, inductionId: string) =>
  queryOptions({
    queryKey: ectKeys.statusHistory(schoolId, inductionId),
    queryFn: () => getStatusHistory(inductionId),
  });

export function useStatusHistory(schoolId: string, inductionId: string) {
  return useQuery(statusHistoryQueryOptions(schoolId, inductionId));
}
