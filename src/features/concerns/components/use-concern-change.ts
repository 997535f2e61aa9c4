import { useState } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError, type FieldRule } from '@/lib/database-errors';

import { StaleConcernError, useUpdateConcern, type ConcernChange } from '../api/update-concern';
import type { ConcernDetail } from '../types';

/** Saves one change to a concern, then returns to its page with a notice; keeps the refusal. */
export function useConcernChange(
  schoolId: string,
  concern: ConcernDetail,
  databaseFields: Readonly<Record<string, FieldRule>>,
  fallbackField: string,
) {
  const navigate = useNavigate();
  const update = useUpdateConcern(concern.id);
  const [serverError, setServerError] = useState<FieldError | null>(null);

  function save(change: ConcernChange, notice: string) {
    setServerError(null);
    update.mutate(
      { version: concern.version, change },
      {
        onSuccess: () => void navigate(paths.concern(schoolId, concern.id), { state: { notice } }),
        onError: (error) =>
          setServerError(
            error instanceof StaleConcernError
              ? {
                  fieldId: fallbackField,
                  text: `${error.message}. Go back to the concern and try again.`,
                }
              : fieldErrorFromDatabase(error, databaseFields, fallbackField),
          ),
      },
    );
  }

  return {
    save,
    serverError,
    isPending: update.isPending,
    clearServerError: () => setServerError(null),
  };
}
