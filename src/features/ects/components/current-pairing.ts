import type { MyInduction } from '../api/get-my-induction';

type Pairing = MyInduction['pairings'][number];

/** Returns the pairing in force on `asOf` (ISO dates compare as strings), or null. */
export function currentPairing(pairings: readonly Pairing[], asOf: string): Pairing | null {
  return (
    pairings.find(
      (pairing) =>
        pairing.started_on <= asOf && (pairing.ended_on === null || pairing.ended_on >= asOf),
    ) ?? null
  );
}
