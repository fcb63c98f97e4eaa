// What an analysis thread (analysis-thread.ts) sends back, in a form that crosses between threads
// quickly. Cloned as they are, a thread's alignment features (four small arrays per passage) took
// about as long to copy as to compute, so they travel packed: one buffer of numbers, moved
// rather than copied, and the strings beside it. The documents' texts, which the main thread
// holds already, do not travel at all.
import type { AnalysisState } from '../core/analyze';
import type { FeatureMemo } from '../core/align/alignment-corpus';
import type { PassageFeatures } from '../core/align/features';
import type { DocumentMentions } from '../core/findings/extract-mentions';
import type { Passage } from '../core/model/analysis';

export interface PackedFeatures {
  terms: readonly string[];
  /** Per passage: its text and its comparison key. */
  texts: string[];
  keys: string[];
  /** Per passage: the lengths of terms, termSet and grams, then their values. */
  numbers: Int32Array<ArrayBuffer>;
}

export interface PackedState {
  passages: [string, Passage[]][];
  features: PackedFeatures;
  mentions: [string, Omit<DocumentMentions, 'text'>][];
}

const HEADER = 3;

export function packFeatures(memo: FeatureMemo): PackedFeatures {
  let size = 0;
  for (const features of memo.passages.values()) size += HEADER + features.terms.length + features.termSet.length + features.grams.length;
  const numbers = new Int32Array(size);
  const texts: string[] = [];
  const keys: string[] = [];
  let at = 0;
  for (const [text, features] of memo.passages) {
    texts.push(text);
    keys.push(features.key);
    numbers[at++] = features.terms.length;
    numbers[at++] = features.termSet.length;
    numbers[at++] = features.grams.length;
    for (const array of [features.terms, features.termSet, features.grams]) {
      numbers.set(array, at);
      at += array.length;
    }
  }
  return { terms: memo.terms, texts, keys, numbers };
}

/** The memo packFeatures packed; its arrays are views into the one buffer. */
export function unpackFeatures(packed: PackedFeatures): FeatureMemo {
  const passages = new Map<string, PassageFeatures>();
  const { numbers } = packed;
  let at = 0;
  const take = (length: number): Int32Array => numbers.subarray(at, (at += length));
  packed.texts.forEach((text, index) => {
    const [terms, termSet, grams] = [numbers[at] as number, numbers[at + 1] as number, numbers[at + 2] as number];
    at += HEADER;
    passages.set(text, { key: packed.keys[index] as string, terms: take(terms), termSet: take(termSet), grams: take(grams) });
  });
  return { passages, terms: packed.terms };
}

export function packState(state: AnalysisState): PackedState {
  return {
    passages: [...state.segments].map(([id, segment]) => [id, segment.passages]),
    features: packFeatures(state.features),
    mentions: [...state.mentions].map(([id, { text: _text, ...mentions }]) => [id, mentions]),
  };
}

/** The state packState packed, given the documents it was computed from. */
export function unpackState(packed: PackedState, texts: ReadonlyMap<string, string>): AnalysisState {
  const textOf = (id: string): string => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`an analysis thread answered for "${id}", a document it was not given`);
    return text;
  };
  return {
    segments: new Map(packed.passages.map(([id, passages]) => [id, { text: textOf(id), passages }])),
    features: unpackFeatures(packed.features),
    mentions: new Map(packed.mentions.map(([id, mentions]) => [id, { ...mentions, text: textOf(id) }])),
  };
}
