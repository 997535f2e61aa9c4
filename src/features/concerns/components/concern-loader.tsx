import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '@/components/states';

import { useConcern } from '../api/get-concern';
import type { ConcernDetail } from '../types';

interface ConcernLoaderProps {
  schoolId: string;
  concernId: string;
  children: (concern: ConcernDetail) => ReactNode;
}

/** Loads the concern for one of its action pages and shows its loading and error states. */
export function ConcernLoader({ schoolId, concernId, children }: ConcernLoaderProps) {
  const concern = useConcern(schoolId, concernId);

  if (concern.isPending) {
    return <LoadingState what="the concern" />;
  }
  if (concern.isError) {
    return (
      <ErrorState
        title="The concern could not be loaded"
        error={concern.error}
        onRetry={() => void concern.refetch()}
      />
    );
  }

  return children(concern.data);
}
