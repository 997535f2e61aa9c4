import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { Textarea } from './textarea';

function countMessage(value: string): string {
  const html = renderToStaticMarkup(
    <Textarea id="notes" label="Notes" value={value} maxCharacters={4000} onChange={() => {}} />,
  );
  const match = /You have [^<]+/.exec(html);
  return match ? match[0] : '';
}

describe('Textarea character count', () => {
  it('counts 4,001 letters as 1 too many', () => {
    expect(countMessage('a'.repeat(4001))).toBe('You have 1 character too many');
  });

  it('counts emoji and curly quotes in code points', () => {
    // 3,700 letters + 100 emoji + 100 curly quotes: 3,900 code points, 4,000 UTF-16 units.
    const value = 'a'.repeat(3700) + '🙂'.repeat(100) + '’'.repeat(100);

    expect(countMessage(value)).toBe('You have 100 characters remaining');
  });

  it('counts 4,001 emoji as 1 too many', () => {
    expect(countMessage('🙂'.repeat(4001))).toBe('You have 1 character too many');
  });
});
