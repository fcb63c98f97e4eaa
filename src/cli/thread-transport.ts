// What an analysis thread (analysis-thread.ts) sends back, in a form that crosses between threads
// quickly. Cloned as they are, a thread's alignment features (four small arrays per passage) took
// about as long to copy as to compute, so they travel packed (core/align/packed-features.ts): two buffers of numbers, moved
// rather than copied, and the strings beside it. The documents' texts, which the main thread
// holds already, do not travel at all.
import type { AnalysisState } from '../core/analyze';
import type { FeatureMemo } from '../core/align/alignment-corpus';
import { packFeatures, unpackFeatures, type PackedFeatures } from '../core/align/packed-features';
import type { DocumentMentions } from '../core/findings/extract-mentions';
import type { Passage } from '../core/model/analysis';

/** Mentions per document id, without the document's text. */
export type PackedMentions = [string, Omit<DocumentMentions, 'text'>][];

export interface PackedState {
  passages: [string, Passage[]][];
  features: PackedFeatures;
  mentions: PackedMentions;
}

export function packMentions(mentions: ReadonlyMap<string, DocumentMentions>): PackedMentions {
  return [...mentions].map(([id, { text: _text, ...rest }]) => [id, rest]);
}

export function packState(state: AnalysisState): PackedState {
  return {
    passages: [...state.segments].map(([id, segment]) => [id, segment.passages]),
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

const mentionsOf = (packed: PackedMentions, textOf: TextOf): Map<string, DocumentMentions> => new Map(packed.map(([id, mentions]) => [id, { ...mentions, text: textOf(id) }]));

/** The mentions packMentions packed, given the documents they were read from. */
export function unpackMentions(packed: PackedMentions, texts: ReadonlyMap<string, string>): Map<string, DocumentMentions> {
  return mentionsOf(packed, textFrom(texts));
}

/** The state packState packed, given the documents it was computed from. */
export function unpackState(packed: PackedState, texts: ReadonlyMap<string, string>): AnalysisState {
  const textOf = textFrom(texts);
  return {
    segments: new Map(packed.passages.map(([id, passages]) => [id, { text: textOf(id), passages }])),
    features: featuresOf(packed),
    mentions: mentionsOf(packed.mentions, textOf),
  };
}
