import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedWordsIn, wordsIn } from './text-units';

describe('capitalisedWordsIn', () => {
  it('finds the capitalised words with their offsets', () => {
    expect(capitalisedWordsIn('-Wang Yi met U.S. officials in Moscow’s centre; McDonald’s, 5G and iPhone.')).toEqual([
      { start: 1, end: 5, text: 'Wang' },
      { start: 6, end: 8, text: 'Yi' },
      { start: 13, end: 16, text: 'U.S' },
      { start: 31, end: 39, text: 'Moscow’s' },
      { start: 48, end: 58, text: 'McDonald’s' },
    ]);
  });

  it('finds exactly the words of wordsIn that start with a capital letter, on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(fc.constantFrom('Wang', 'yi', 'É', 'ω', '’', "'", '.', '-', ' ', '\u00a0', '5', 'A.B', '\ud835\udc00', '\ud835\udfce', '\ud800', 'Ⅻ', '²', '\n', ','), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(fc.property(text, (sample) => {
      expect(capitalisedWordsIn(sample)).toEqual(wordsIn(sample).filter((token) => /^\p{Lu}/u.test(token.text)));
    }), { numRuns: 500 });
  });
});
