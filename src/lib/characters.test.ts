import { describe, expect, it } from 'vitest';

import { countCharacters } from './characters';

describe('countCharacters', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    // Curly quotes and the pound sign are one UTF-16 unit each.
    ['‘£5’', 4],
    // U+1F44D THUMBS UP is a surrogate pair: 2 UTF-16 units, 1 code point.
    ['ok 👍', 4],
    // U+1F469 U+200D U+1F3EB (woman teacher) is 3 code points: 2 + 1 + 2 UTF-16 units.
    ['👩‍🏫', 3],
  ])('counts %j as %i', (text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });

  it('counts 100 emoji as 100, where length gives 200', () => {
    const text = '😀'.repeat(100);

    expect(text.length).toBe(200);
    expect(countCharacters(text)).toBe(100);
  });
});
