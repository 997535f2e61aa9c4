import { useState } from 'react';

// An insert form sends a client_request_id, and the table's unique index on it turns a repeat
// into a no-op, so a double click or a retry after a lost response saves one row. Each id must
// belong to one set of values, because a retry with changed values under the old id would be
// dropped as a repeat while the form reported success.

/** Serialises a flat payload with its keys sorted, so key order never changes the id. */
function payloadKey(values: object): string {
  const entries = Object.entries(values);
  entries.sort(([keyA], [keyB]) => keyA.localeCompare(keyB));
  return JSON.stringify(entries);
}

/**
 * Creates a function that returns the request id for a payload: the same id for the same
 * values, and a new id for values not sent before.
 */
export function createRequestIds(newId: () => string = () => crypto.randomUUID()) {
  const idsByPayload = new Map<string, string>();

  return (values: object): string => {
    const key = payloadKey(values);
    let id = idsByPayload.get(key);
    if (id === undefined) {
      id = newId();
      idsByPayload.set(key, id);
    }
    return id;
  };
}

/**
 * Returns the request id function for one visit to an insert form. Pass it the payload
 * without the request id.
 */
export function useRequestIds(): (values: object) => string {
  const [requestIdFor] = useState(() => createRequestIds());
  return requestIdFor;
}
