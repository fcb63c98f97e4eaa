import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLowerCaseWords, LowerCaseWordReader } from './lower-case-vocabulary';

function byRegex(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}’'])\p{Ll}+/gu)].map((match) => match[0]));
}

function byScan(text: string): Set<string> {
  const words = new Set<string>();
  addLowerCaseWords(text, words);
  return words;
}

/** Text of the pieces that decide a word: cases, apostrophes, astral and lone surrogates, combining marks. */
const mixedText = (maxLength: number) =>
  fc.array(fc.constantFrom('a', 'ab', 'B', 'é', 'Ω', 'ω', '’', "'", ' ', '2', '\ud835\udc4e', '\ud800', 'x\u0301', '-', '\n'), { maxLength }).map((parts) => parts.join(''));

describe('addLowerCaseWords', () => {
  it('finds lower-case words not glued to a letter or an apostrophe', () => {
    expect(byScan('Source said: the source’s don\'t McDonald élan x2y 𝑎𝑏 Ωmega')).toEqual(new Set(['said', 'the', 'source', 'don', 'élan', 'x', 'y', '𝑎𝑏']));
  });

  it('finds exactly what the Unicode regex finds, on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      mixedText(30),
    );
    fc.assert(fc.property(text, (sample) => {
      expect(byScan(sample)).toEqual(byRegex(sample));
    }), { numRuns: 500 });
  });

  it('reads each of many texts alike when its words are shared across them (LowerCaseWordReader)', () => {
    const texts = fc.array(mixedText(20), { maxLength: 6 });
    fc.assert(fc.property(texts, (samples) => {
      const reader = new LowerCaseWordReader();
      expect(samples.map((sample) => reader.wordsOf(sample))).toEqual(samples.map(byRegex));
    }), { numRuns: 300 });
  });
});
