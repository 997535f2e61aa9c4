import { describe, expect, it } from 'vitest';

import { currentPairing } from './current-pairing';

function pairing(id: string, startedOn: string, endedOn: string | null) {
  return { id, started_on: startedOn, ended_on: endedOn, mentor: null };
}

describe('currentPairing', () => {
  const history = [
    pairing('first', '2025-09-01', '2026-03-31'),
    pairing('second', '2026-04-01', null),
  ];

  it('picks the open pairing after a change of mentor', () => {
    expect(currentPairing(history, '2026-12-04')?.id).toBe('second');
  });

  it('picks the earlier pairing on its last day', () => {
    expect(currentPairing(history, '2026-03-31')?.id).toBe('first');
  });

  it('finds nothing before the first pairing starts', () => {
    expect(currentPairing(history, '2025-08-31')).toBeNull();
  });

  it('finds nothing after the last pairing ended', () => {
    expect(currentPairing([pairing('ended', '2025-09-01', '2026-07-20')], '2026-09-01')).toBeNull();
  });
});
