import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SliceInterner } from './slice-interner';

describe('SliceInterner', () => {
  it('numbers distinct slices in order of first meeting, whatever text they are cut from', () => {
    const interner = new SliceInterner();
    expect(interner.idOf('the cat sat', 4, 7)).toBe(0);
    expect(interner.idOf('a cat', 2, 5)).toBe(0);
    expect(interner.idOf('cats', 0, 4)).toBe(1);
    expect(interner.idOf('ca', 0, 2)).toBe(2);
    expect(interner.idOf('', 0, 0)).toBe(3);
    expect(interner.strings).toEqual(['cat', 'cats', 'ca', '']);
  });

  it('tells apart slices that differ in a code unit beyond ASCII', () => {
    const interner = new SliceInterner();
    expect(interner.idOf('Łódź', 0, 4)).toBe(0);
    expect(interner.idOf('Lodz', 0, 4)).toBe(1);
    expect(interner.idOf('x Łódź', 2, 6)).toBe(0);
    expect(interner.idOf('😀', 0, 2)).toBe(2);
  });

  it('tells apart two slices of the same hash by their code units', () => {
    // "yaczfaa" and "glbppaa" share their 32-bit hash.
    const interner = new SliceInterner();
    expect(interner.idOf('yaczfaa', 0, 7)).toBe(0);
    expect(interner.idOf('glbppaa', 0, 7)).toBe(1);
    expect(interner.idOf('- glbppaa', 2, 9)).toBe(1);
  });

  it('gives a slice the number of the first equal string, as a Map would, across thousands of slices', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 1200 }), (words) => {
        const interner = new SliceInterner();
        const numbers = new Map<string, number>();
        const text = words.join('');
        let start = 0;
        const expected: number[] = [];
        const found: number[] = [];
        for (const word of words) {
          if (!numbers.has(word)) numbers.set(word, numbers.size);
          expected.push(numbers.get(word) as number);
          found.push(interner.idOf(text, start, start + word.length));
          start += word.length;
        }
        expect(found).toEqual(expected);
        expect(interner.strings).toEqual([...numbers.keys()]);
      }),
      { numRuns: 20 },
    );
  });
});
