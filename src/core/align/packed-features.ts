// Alignment features (FeatureMemo) packed into two arrays of numbers and the strings beside them:
// thousands of small typed arrays cost more to clone, move between threads or store than the ids
// they hold. Packed once here for the CLI's threads and for the analysis state kept in storage.
import type { FeatureMemo } from './alignment-corpus';
import type { PassageFeatures } from './features';
import { isObject, isStringArray } from '../util/shape-guards';

/** Per passage text: its comparison key and its term ids, term set and trigrams packed in `ids`. */
export interface PackedFeatures {
  texts: string[];
  keys: string[];
  /** Three lengths per passage: terms, term set, trigrams. */
  lengths: Int32Array<ArrayBuffer>;
  ids: Int32Array<ArrayBuffer>;
  /** The term of each term id. */
  terms: string[];
}

export function packFeatures(memo: FeatureMemo): PackedFeatures {
  const texts: string[] = [];
  const keys: string[] = [];
  const lengths = new Int32Array(memo.passages.size * 3);
  let total = 0;
  for (const [text, features] of memo.passages) {
    lengths.set([features.terms.length, features.termSet.length, features.grams.length], texts.length * 3);
    total += features.terms.length + features.termSet.length + features.grams.length;
    texts.push(text);
    keys.push(features.key);
  }
  const ids = new Int32Array(total);
  let offset = 0;
  for (const features of memo.passages.values()) {
    for (const part of [features.terms, features.termSet, features.grams]) {
      ids.set(part, offset);
      offset += part.length;
    }
  }
  return { texts, keys, lengths, ids, terms: [...memo.terms] };
}

/** The buffers to move rather than copy when the packed features cross to another thread. */
export const packedBuffers = (packed: PackedFeatures): ArrayBuffer[] => [packed.lengths.buffer, packed.ids.buffer];


/** Term ids of one run are below its vocabulary's size; anything else is damage. */
function idsWithin(ids: Int32Array, vocabularySize: number): boolean {
  for (const id of ids) if (id < 0 || id >= vocabularySize) return false;
  return true;
}

/**
 * The memo packFeatures packed (its arrays are views into `ids`), or null when `value` is not one:
 * a wrong shape or lengths that do not add up. A passage whose ids fall outside the vocabulary is
 * left out.
 */
export function unpackFeatures(value: unknown): FeatureMemo | null {
  if (!isObject(value) || !isStringArray(value.texts) || !isStringArray(value.keys) || !isStringArray(value.terms)) return null;
  const { texts, keys, lengths, ids, terms } = value;
  if (!(lengths instanceof Int32Array) || !(ids instanceof Int32Array) || keys.length !== texts.length || lengths.length !== texts.length * 3) return null;
  const passages = new Map<string, PassageFeatures>();
  let offset = 0;
  const take = (length: number): Int32Array | null => {
    if (length < 0 || offset + length > ids.length) return null;
    offset += length;
    return ids.subarray(offset - length, offset);
  };
  for (let index = 0; index < texts.length; index += 1) {
    const termIds = take(lengths[index * 3] as number);
    const termSet = take(lengths[index * 3 + 1] as number);
    const grams = take(lengths[index * 3 + 2] as number);
    if (!termIds || !termSet || !grams) return null;
    if (idsWithin(termIds, terms.length) && idsWithin(termSet, terms.length)) passages.set(texts[index] as string, { key: keys[index] as string, terms: termIds, termSet, grams });
  }
  return offset === ids.length ? { passages, terms } : null;
}
