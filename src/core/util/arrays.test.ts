import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAll, concatFloat64, concatInt32, numericExtent } from './arrays';

describe('stack-safe array helpers', () => {
  it('appends a million items, where push(...items) overflows the stack', () => {
    const items = Array.from({ length: 1_000_000 }, (_, index) => index);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, items)).toBe(target);
    expect(target).toHaveLength(1_000_001);
    expect(target.at(-1)).toBe(999_999);
  });

  it('finds the extent of a million values, and null for none', () => {
    const values = Array.from({ length: 1_000_000 }, (_, index) => ((index * 7919) % 1_000_000) - 500_000);
    expect(numericExtent(values)).toEqual({ min: -500_000, max: 499_999 });
    expect(numericExtent([])).toBeNull();
  });

  it('agrees with Math.min and Math.max on small inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 50 }), (values) => {
        expect(numericExtent(values)).toEqual({ min: Math.min(...values), max: Math.max(...values) });
      }),
    );
  });
});

describe('concatInt32 and concatFloat64', () => {
  it('puts the arrays one after another in a new array, empty ones included', () => {
    const first = Int32Array.of(3, 1);
    const joined = concatInt32([first, new Int32Array(0), Int32Array.of(7)]);
    expect([...joined]).toEqual([3, 1, 7]);
    joined[0] = 9;
    expect(first[0]).toBe(3);
    expect(concatInt32([])).toHaveLength(0);
    expect(concatFloat64([Float64Array.of(0.5), Float64Array.of(0.25, 2)])).toStrictEqual(Float64Array.of(0.5, 0.25, 2));
  });
});
