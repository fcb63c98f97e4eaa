// The kept candidate search (SearchMemo, align-search-memo.ts) packed into a few typed arrays, for
// the analysis state kept in storage (issue 18): after a reload, the first addition looks up and
// scores only what it can change, as the worker that kept the search in memory would. Passages are
// named by their index in a list of keys, the packed features' keys (packed-features.ts), which
// hold every key of the search but the joined passages of the one-to-many retry; those are listed
// after them. Unpacking takes `unknown` and gives null for anything that does not add up.
import { NO_CANDIDATES, type KeptCandidates, type SearchMemo } from './align-search-memo';
import { isObject, isStringArray } from '../util/shape-guards';

export interface PackedSearch {
  includeBoilerplate: boolean;
  documents: string[];
  weights: Float64Array<ArrayBuffer>;
  queryFloor: number;
  /** Keys of the search that are not among the keys it is packed against, numbered after them. */
  extraKeys: string[];
  /** Per passage with an entry: its key, its count of candidates and its slack. */
  passages: Int32Array<ArrayBuffer>;
  counts: Int32Array<ArrayBuffer>;
  slacks: Float64Array<ArrayBuffer>;
  /** The candidates of every passage in turn, and the headroom of each. */
  candidates: Int32Array<ArrayBuffer>;
  headrooms: Float64Array<ArrayBuffer>;
  /** Term-order overlaps: the two keys in the order they were compared, and the value. */
  overlapFirst: Int32Array<ArrayBuffer>;
  overlapSecond: Int32Array<ArrayBuffer>;
  overlapValues: Float64Array<ArrayBuffer>;
}

/** `memo` with its keys numbered by their index in `keys` (a key met twice there takes its first index). */
export function packSearch(memo: SearchMemo, keys: readonly string[]): PackedSearch {
  const indices = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!indices.has(key)) indices.set(key, index);
  });
  const extraKeys: string[] = [];
  const indexOf = (key: string): number => {
    let index = indices.get(key);
    if (index === undefined) {
      index = keys.length + extraKeys.length;
      extraKeys.push(key);
      indices.set(key, index);
    }
    return index;
  };
  const entries = [...memo.candidates];
  const pairs = entries.reduce((sum, [, kept]) => sum + kept.keys.length, 0);
  const candidates = new Int32Array(pairs);
  const headrooms = new Float64Array(pairs);
  let offset = 0;
  for (const [, kept] of entries) {
    kept.keys.forEach((key, rank) => {
      candidates[offset + rank] = indexOf(key);
    });
    headrooms.set(kept.headroom, offset);
    offset += kept.keys.length;
  }
  const overlaps = [...memo.overlaps].flatMap(([first, row]) => [...row].map(([second, value]) => [indexOf(first), indexOf(second), value] as const));
  return {
    includeBoilerplate: memo.includeBoilerplate,
    documents: [...memo.documents],
    weights: Float64Array.from(memo.weights),
    queryFloor: memo.queryFloor,
    extraKeys,
    passages: Int32Array.from(entries, ([key]) => indexOf(key)),
    counts: Int32Array.from(entries, ([, kept]) => kept.keys.length),
    slacks: Float64Array.from(entries, ([, kept]) => kept.slack),
    candidates,
    headrooms,
    overlapFirst: Int32Array.from(overlaps, ([first]) => first),
    overlapSecond: Int32Array.from(overlaps, ([, second]) => second),
    overlapValues: Float64Array.from(overlaps, ([, , value]) => value),
  };
}

const within = (indices: Int32Array, size: number): boolean => indices.every((index) => index >= 0 && index < size);
const isInts = (value: unknown): value is Int32Array => value instanceof Int32Array;
const isFloats = (value: unknown): value is Float64Array => value instanceof Float64Array;

/** The memo packSearch packed against `keys`, or null when `value` is not one (a wrong shape, lengths or indices that do not add up). */
export function unpackSearch(value: unknown, keys: readonly string[]): SearchMemo | null {
  if (!isObject(value) || typeof value.includeBoilerplate !== 'boolean' || typeof value.queryFloor !== 'number' || !isStringArray(value.documents) || !isStringArray(value.extraKeys)) return null;
  const { passages, counts, slacks, candidates, headrooms, overlapFirst, overlapSecond, overlapValues, weights } = value;
  if (!isInts(passages) || !isInts(counts) || !isInts(candidates) || !isInts(overlapFirst) || !isInts(overlapSecond)) return null;
  if (!isFloats(slacks) || !isFloats(headrooms) || !isFloats(overlapValues) || !isFloats(weights)) return null;
  const allKeys = [...keys, ...value.extraKeys];
  const total = counts.reduce((sum, count) => sum + count, 0);
  const fits =
    counts.length === passages.length &&
    slacks.length === passages.length &&
    counts.every((count) => count >= 0) &&
    candidates.length === total &&
    headrooms.length === total &&
    overlapSecond.length === overlapFirst.length &&
    overlapValues.length === overlapFirst.length &&
    [passages, candidates, overlapFirst, overlapSecond].every((indices) => within(indices, allKeys.length));
  if (!fits) return null;
  const keyAt = (index: number): string => allKeys[index] as string;
  const entries = new Map<string, KeptCandidates>();
  let offset = 0;
  passages.forEach((key, entry) => {
    const count = counts[entry] as number;
    const slack = slacks[entry] as number;
    const kept = count === 0 && slack === Infinity ? NO_CANDIDATES : { keys: Array.from(candidates.subarray(offset, offset + count), keyAt), slack, headroom: headrooms.slice(offset, offset + count) };
    entries.set(keyAt(key), kept);
    offset += count;
  });
  const overlaps = new Map<string, Map<string, number>>();
  overlapFirst.forEach((first, index) => {
    const key = keyAt(first);
    let row = overlaps.get(key);
    if (!row) {
      row = new Map();
      overlaps.set(key, row);
    }
    row.set(keyAt(overlapSecond[index] as number), overlapValues[index] as number);
  });
  return { includeBoilerplate: value.includeBoilerplate, documents: new Set(value.documents), weights, queryFloor: value.queryFloor, candidates: entries, overlaps };
}
