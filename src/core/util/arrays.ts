// Stack-safe forms of two idioms: `target.push(...items)` and `Math.max(...values)` pass every
// item as a call argument, which throws "Maximum call stack size exceeded" past ~10^5 items (a
// 7 MB document has that many mentions).

/** Appends `items` to `target` in place, one by one. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Smallest and largest of the values, or null when there are none (NaN is skipped). */
export function numericExtent(values: Iterable<number>): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : null;
}

const totalLength = (arrays: readonly ArrayLike<number>[]): number => arrays.reduce((length, array) => length + array.length, 0);

function joinInto<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(joined: T, arrays: readonly ArrayLike<number>[]): T {
  let offset = 0;
  for (const array of arrays) {
    joined.set(array, offset);
    offset += array.length;
  }
  return joined;
}

/** The arrays one after another in one new array. */
export function concatInt32(arrays: readonly Int32Array[]): Int32Array<ArrayBuffer> {
  return joinInto(new Int32Array(totalLength(arrays)), arrays);
}

/** The arrays one after another in one new array. */
export function concatFloat64(arrays: readonly Float64Array[]): Float64Array<ArrayBuffer> {
  return joinInto(new Float64Array(totalLength(arrays)), arrays);
}
