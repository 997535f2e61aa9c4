import { describe, expect, it } from 'vitest';

import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each(['/', '/schools/abc/dashboard', '/schools/abc/my-ects?tab=2'])('keeps %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    'javascript:alert(1)',
    'schools/abc',
  ])('replaces %j with the start page', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
