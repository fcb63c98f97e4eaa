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

/** Mentions per document id, without the document's text. */
export type PackedMentions = [string, Omit<DocumentMentions, 'text'>][];

export interface PackedState {
  passages: PackedPassages;
  features: PackedFeatures;
  mentions: PackedMentions;
}

export function packMentions(mentions: ReadonlyMap<string, DocumentMentions>): PackedMentions {
  return [...mentions].map(([id, { text: _text, ...rest }]) => [id, rest]);
}

/** The buffers of a packed state, moved rather than copied to another thread. */
export const stateBuffers = (packed: PackedState): ArrayBuffer[] => [...packedBuffers(packed.features), ...passageBuffers(packed.passages)];

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

const mentionsOf = (packed: PackedMentions, textOf: TextOf): Map<string, DocumentMentions> => new Map(packed.map(([id, mentions]) => [id, { ...mentions, text: textOf(id) }]));

/** The mentions packMentions packed, given the documents they were read from. */
export function unpackMentions(packed: PackedMentions, texts: ReadonlyMap<string, string>): Map<string, DocumentMentions> {
  return mentionsOf(packed, textFrom(texts));
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
