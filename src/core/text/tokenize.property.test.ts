// The hand-written word scan (unicodeWordTokenizer) finds exactly what the regex it replaces
// finds, on text mixing scripts, digits, apostrophes, dots, marks, spaces and surrogates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unicodeWordTokenizer } from './tokenize';

const WORD_PATTERN = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

const piece = fc.constantFrom(
  'a', 'Z', 'kyiv', '7', '2.5', "'", '.', "'.", '..', ' ', '\u00a0', '\t', '\n', '-', ',', 'é', 'e\u0301', 'пекин', '北京',
  '٣', '½', 'Ⅻ', '𝐀', '𝟘', '😀', '\ud800', '\udc00', 'ß', 'İ', '\u2028', '’',
);

describe('unicodeWordTokenizer', () => {
  it('gives the matches of the word pattern', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        expect(unicodeWordTokenizer(text)).toEqual(text.match(WORD_PATTERN) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the matches of the word pattern on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(unicodeWordTokenizer(text)).toEqual(text.match(WORD_PATTERN) ?? []);
      }),
      { numRuns: 100 },
    );
  });
});
