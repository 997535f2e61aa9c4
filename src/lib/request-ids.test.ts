import { describe, expect, it } from 'vitest';

import { createRequestIds } from './request-ids';

function counterIds() {
  let next = 0;
  return () => `id-${++next}`;
}

describe('createRequestIds', () => {
  it('repeats the id for identical values', () => {
    const requestIdFor = createRequestIds(counterIds());

    const first = requestIdFor({ held_on: '2026-11-27', minutes: 34 });
    const second = requestIdFor({ held_on: '2026-11-27', minutes: 34 });

    expect(first).toBe('id-1');
    expect(second).toBe('id-1');
  });

  it('gives changed values a new id', () => {
    const requestIdFor = createRequestIds(counterIds());

    const first = requestIdFor({ held_on: '2026-11-27', minutes: 34 });
    const changed = requestIdFor({ held_on: '2026-11-27', minutes: 50 });

    expect(first).toBe('id-1');
    expect(changed).toBe('id-2');
  });

  it('reuses the id when values change back', () => {
    const requestIdFor = createRequestIds(counterIds());

    requestIdFor({ minutes: 34 });
    requestIdFor({ minutes: 50 });
    const back = requestIdFor({ minutes: 34 });

    expect(back).toBe('id-1');
  });

  it('ignores key order', () => {
    const requestIdFor = createRequestIds(counterIds());

    const first = requestIdFor({ minutes: 34, notes: null });
    const reordered = requestIdFor({ notes: null, minutes: 34 });

    expect(reordered).toBe(first);
  });

  it('tells null from an empty string', () => {
    const requestIdFor = createRequestIds(counterIds());

    const withNull = requestIdFor({ notes: null });
    const withEmpty = requestIdFor({ notes: '' });

    expect(withNull).toBe('id-1');
    expect(withEmpty).toBe('id-2');
  });

  it('defaults to random UUIDs', () => {
    const requestIdFor = createRequestIds();

    const id = requestIdFor({ minutes: 34 });

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
