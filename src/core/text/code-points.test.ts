import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffset, contextAfter, contextBefore, utf16Offset, wellFormed, withoutHalfPairsAtEdges } from './code-points';

describe('code point offsets', () => {
  it('count each astral character once', () => {
    const text = 'a😀b𝔘c';
    expect([0, 1, 3, 4, 6, 7].map((index) => codePointOffset(text, index))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((offset) => utf16Offset(text, offset))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('round-trip at every code point boundary of any well-formed text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        let index = 0;
        for (const character of [...text, '']) {
          expect(utf16Offset(text, codePointOffset(text, index))).toBe(index);
          expect([...text].slice(0, codePointOffset(text, index)).join('')).toBe(text.slice(0, index));
          index += character.length;
        }
      }),
    );
  });
});

describe('context cuts', () => {
  it('never keep half a surrogate pair', () => {
    expect(contextBefore('😀abc', 5, 4)).toBe('abc');
    expect(contextAfter('abc😀', 0, 4)).toBe('abc');
    expect(contextBefore('😀abc', 5, 5)).toBe('😀abc');
  });

  it('drop half pairs left at the edges of old cuts, and mark lone surrogates inside', () => {
    expect(withoutHalfPairsAtEdges('\ude00abc\ud83d')).toBe('abc');
    expect(withoutHalfPairsAtEdges('😀abc😀')).toBe('😀abc😀');
    expect(wellFormed('a\ud83db😀\ude00')).toBe('a\uFFFDb😀\uFFFD');
  });
});
