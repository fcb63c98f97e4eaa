// Counterparts (counterparts.ts) packed into a few typed arrays, for the findings memo kept in
// storage (findings-memo-record.ts, issue 18): the sentence correspondence they read is most of
// what a date edit spares, and after a reload it is indexed again from these arrays instead of
// being computed again from every passage. Only what counterparts read is packed: where each
// distinct sentence occurs, and each link's two sentences and score (the texts are the documents',
// the shared terms only the compare view reads). Unpacking takes `unknown` and gives null for
// anything that does not add up.
import { indexSentences } from '../align';
import { isObject } from '../util/shape-guards';
import type { AlignmentIndex } from './clusters';
import { Counterparts, type CounterpartLink } from './counterparts';

export interface PackedCounterparts {
  /** Per distinct sentence, its count of occurrences. */
  sentenceSizes: Int32Array<ArrayBuffer>;
  /** Each sentence's occurrences in turn, each as its document's index, start and end. */
  occurrences: Int32Array<ArrayBuffer>;
  /** Each link's two sentences, and its score. */
  links: Int32Array<ArrayBuffer>;
  scores: Float64Array<ArrayBuffer>;
}

/** `counterparts` with documents named by their index in `documents`, which holds every document they hold. */
export function packCounterparts(counterparts: Counterparts, documents: readonly string[]): PackedCounterparts {
  const index = new Map(documents.map((doc, at) => [doc, at]));
  const { sentences, links } = counterparts.correspondence;
  const occurrences: number[] = [];
  for (const sentence of sentences) for (const { doc, start, end } of sentence.occurrences) occurrences.push(index.get(doc) ?? -1, start, end);
  return {
    sentenceSizes: Int32Array.from(sentences, (sentence) => sentence.occurrences.length),
    occurrences: Int32Array.from(occurrences),
    links: Int32Array.from(links.flatMap((link) => [link.a, link.b])),
    scores: Float64Array.from(links, (link) => link.score),
  };
}

const isInts = (value: unknown): value is Int32Array<ArrayBuffer> => value instanceof Int32Array;
const isFloats = (value: unknown): value is Float64Array<ArrayBuffer> => value instanceof Float64Array;

/** The counterparts packCounterparts packed against `documents`, over `alignment`; null when `value` is not one. */
export function unpackCounterparts(value: unknown, documents: readonly string[], alignment: AlignmentIndex): Counterparts | null {
  if (!isObject(value)) return null;
  const { sentenceSizes, occurrences, links, scores } = value;
  if (!isInts(sentenceSizes) || !isInts(occurrences) || !isInts(links) || !isFloats(scores)) return null;
  const total = sentenceSizes.reduce((sum, size) => sum + size, 0);
  const fits =
    sentenceSizes.every((size) => size >= 0) &&
    occurrences.length === total * 3 &&
    links.length === scores.length * 2 &&
    links.every((sentence) => sentence >= 0 && sentence < sentenceSizes.length) &&
    scores.every(Number.isFinite) &&
    occurrences.every((number, at) => (at % 3 === 0 ? number >= 0 && number < documents.length : number >= 0));
  if (!fits) return null;
  let offset = 0;
  const sentences = Array.from(sentenceSizes, (size) => {
    const own = Array.from({ length: size }, (_, at) => {
      const place = (offset + at) * 3;
      return { doc: documents[occurrences[place] as number] as string, start: occurrences[place + 1] as number, end: occurrences[place + 2] as number };
    });
    offset += size;
    return { occurrences: own };
  });
  const linked = Array.from(scores, (score, at): CounterpartLink => ({ a: links[at * 2] as number, b: links[at * 2 + 1] as number, score }));
  return new Counterparts({ sentences, links: linked, ...indexSentences(sentences, linked) }, alignment);
}
