// What an analysis thread (analysis-thread.ts) sends back, in a form that crosses between threads
// quickly. Cloned as they are, a thread's alignment features (four small arrays per passage) took
// about as long to copy as to compute, so they travel packed (core/align/packed-features.ts): two buffers of numbers, moved
// rather than copied, and the strings beside it. The documents' texts, which the main thread
// holds already, do not travel at all.
import type { AnalysisState } from '../core/analyze';
import type { FeatureMemo } from '../core/align/alignment-corpus';
import { packedBuffers, packFeatures, unpackFeatures, type PackedFeatures } from '../core/align/packed-features';
import type { DocumentMentions } from '../core/findings/extract-mentions';
import type { BoilerplateReason, Passage } from '../core/model/analysis';

/**
 * Passages per document id, packed: four numbers a passage (start, end, paragraph, index of its
 * boilerplate reason in `reasons` or -1); their texts are sliced from the documents again.
 */
export interface PackedPassages {
  ids: string[];
  /** Passages of each document. */
  counts: Int32Array<ArrayBuffer>;
  spans: Int32Array<ArrayBuffer>;
  reasons: BoilerplateReason[];
}

export function packPassages(segments: Iterable<[string, { passages: readonly Passage[] }]>): PackedPassages {
  const ids: string[] = [];
  const counts: number[] = [];
  const spans: number[] = [];
  const reasons: BoilerplateReason[] = [];
  for (const [id, { passages }] of segments) {
    ids.push(id);
    counts.push(passages.length);
    for (const passage of passages) {
      let reason = passage.boilerplate === null ? -1 : reasons.indexOf(passage.boilerplate);
      if (reason < 0 && passage.boilerplate !== null) reason = reasons.push(passage.boilerplate) - 1;
      spans.push(passage.start, passage.end, passage.paragraph, reason);
    }
  }
  return { ids, counts: Int32Array.from(counts), spans: Int32Array.from(spans), reasons };
}

/** The buffers of packed passages, moved rather than copied to another thread. */
export const passageBuffers = (packed: PackedPassages): ArrayBuffer[] => [packed.counts.buffer, packed.spans.buffer];

/**
 * Mentions per document id, without the document's text. Each document's lower-case words and
 * the words its names asked about travel as ids into one list of words: cloned as sets of
 * strings per document, they were 60% of the 11.7 MB of 1,000 documents' mentions.
 */
export interface PackedMentions {
  ids: string[];
  mentions: Omit<DocumentMentions, 'text' | 'lowerCaseWords' | 'commonWords'>[];
  words: string[];
  /** Per document, its count of lower-case words, then its count of words asked about. */
  counts: Int32Array<ArrayBuffer>;
  /** Per document in turn, the word ids of its lower-case words, then of the words asked about. */
  wordIds: Int32Array<ArrayBuffer>;
  /** Per word asked about, its answer (1: common). */
  answers: Uint8Array<ArrayBuffer>;
}

export interface PackedState {
  passages: PackedPassages;
  features: PackedFeatures;
  mentions: PackedMentions;
}

function packMentions(mentions: ReadonlyMap<string, DocumentMentions>): PackedMentions {
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  };
  const packed: Pick<PackedMentions, 'ids' | 'mentions'> = { ids: [], mentions: [] };
  const counts: number[] = [];
  const ids: number[] = [];
  const answers: number[] = [];
  for (const [id, { text: _text, lowerCaseWords, commonWords, ...rest }] of mentions) {
    packed.ids.push(id);
    packed.mentions.push(rest);
    counts.push(lowerCaseWords.size, commonWords.size);
    for (const word of lowerCaseWords) ids.push(idOf(word));
    for (const [word, common] of commonWords) {
      ids.push(idOf(word));
      answers.push(common ? 1 : 0);
    }
  }
  return { ...packed, words: [...wordIds.keys()], counts: Int32Array.from(counts), wordIds: Int32Array.from(ids), answers: Uint8Array.from(answers) };
}

/** The buffers of packed mentions, moved rather than copied to another thread. */
const mentionBuffers = (packed: PackedMentions): ArrayBuffer[] => [packed.counts.buffer, packed.wordIds.buffer, packed.answers.buffer];

/** The buffers of a packed state, moved rather than copied to another thread. */
export const stateBuffers = (packed: PackedState): ArrayBuffer[] => [...packedBuffers(packed.features), ...passageBuffers(packed.passages), ...mentionBuffers(packed.mentions)];

export function packState(state: AnalysisState): PackedState {
  return {
    passages: packPassages(state.segments),
    features: packFeatures(state.features),
    mentions: packMentions(state.mentions),
  };
}

function featuresOf(packed: PackedState): FeatureMemo {
  const features = unpackFeatures(packed.features);
  if (!features) throw new Error('an analysis thread answered with features that do not unpack');
  return features;
}

type TextOf = (id: string) => string;

function textFrom(texts: ReadonlyMap<string, string>): TextOf {
  return (id) => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`an analysis thread answered for "${id}", a document it was not given`);
    return text;
  };
}

function passagesOf(packed: PackedPassages, textOf: TextOf): AnalysisState['segments'] {
  const segments: AnalysisState['segments'] = new Map();
  let at = 0;
  packed.ids.forEach((doc, index) => {
    const text = textOf(doc);
    const passages: Passage[] = [];
    for (const last = at + (packed.counts[index] as number) * 4; at < last; at += 4) {
      const start = packed.spans[at] as number;
      const end = packed.spans[at + 1] as number;
      const reason = packed.spans[at + 3] as number;
      passages.push({ doc, start, end, text: text.slice(start, end), paragraph: packed.spans[at + 2] as number, boilerplate: reason < 0 ? null : (packed.reasons[reason] as BoilerplateReason) });
    }
    segments.set(doc, { text, passages });
  });
  return segments;
}

/** The passages packPassages packed, given the documents they were segmented from. */
export function unpackPassages(packed: PackedPassages, texts: ReadonlyMap<string, string>): AnalysisState['segments'] {
  return passagesOf(packed, textFrom(texts));
}

function mentionsOf(packed: PackedMentions, textOf: TextOf): Map<string, DocumentMentions> {
  const wordAt = (at: number): string => packed.words[packed.wordIds[at] as number] as string;
  const mentions = new Map<string, DocumentMentions>();
  let at = 0;
  let answer = 0;
  packed.ids.forEach((id, index) => {
    const lowerCaseWords = new Set<string>();
    for (const last = at + (packed.counts[index * 2] as number); at < last; at += 1) lowerCaseWords.add(wordAt(at));
    const commonWords = new Map<string, boolean>();
    for (const last = at + (packed.counts[index * 2 + 1] as number); at < last; at += 1) commonWords.set(wordAt(at), packed.answers[answer++] === 1);
    mentions.set(id, { ...(packed.mentions[index] as PackedMentions['mentions'][number]), text: textOf(id), lowerCaseWords, commonWords });
  });
  return mentions;
}

/** The state packState packed, given the documents it was computed from. */
export function unpackState(packed: PackedState, texts: ReadonlyMap<string, string>): AnalysisState {
  const textOf = textFrom(texts);
  return {
    segments: passagesOf(packed.passages, textOf),
    features: featuresOf(packed),
    mentions: mentionsOf(packed.mentions, textOf),
  };
}
