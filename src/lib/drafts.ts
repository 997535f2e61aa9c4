import { useCallback, useEffect, useState } from 'react';

import { useSession } from './session';

// Form drafts live in sessionStorage, so a user whose sign-in expires mid-form gets their
// typing back after signing in again in the same tab. Keys carry the user id: another person
// signing in on the same tab never sees someone else's draft.
const PREFIX = 'ect-mentoring:draft:';

function storageKey(userId: string, formKey: string): string {
  return `${PREFIX}${userId}:${formKey}`;
}

function readDraft<T>(key: string): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    // Storage can be disabled or full, and a form without a draft still works.
    return null;
  }
}

function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // NOTE: a full or disabled sessionStorage loses the draft, never the form itself.
  }
}

/** Removes every draft in this tab, for an explicit sign-out. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * Holds a form's values, restored from and saved to sessionStorage under `formKey` for the
 * signed-in user. `clear` removes the stored draft once the form is saved.
 */
export function useFormDraft<T extends object>(formKey: string, initial: T) {
  const session = useSession();
  const userId = session?.user.id ?? 'signed-out';
  const key = storageKey(userId, formKey);
  const [values, setValues] = useState<T>(() => ({ ...initial, ...readDraft<T>(key) }));

  useEffect(() => {
    writeDraft(key, values);
  }, [key, values]);

  const update = useCallback((changes: Partial<T>) => {
    setValues((current) => ({ ...current, ...changes }));
  }, []);

  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
  }, [key]);

  return { values, update, clear };
}
