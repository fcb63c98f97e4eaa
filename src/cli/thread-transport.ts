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

export interface PackedState {
  passages: [string, Passage[]][];
  features: PackedFeatures;
  mentions: [string, Omit<DocumentMentions, 'text'>][];
}

export function packState(state: AnalysisState): PackedState {
  return {
    passages: [...state.segments].map(([id, segment]) => [id, segment.passages]),
    features: packFeatures(state.features),
    mentions: [...state.mentions].map(([id, { text: _text, ...mentions }]) => [id, mentions]),
  };
}

function featuresOf(packed: PackedState): FeatureMemo {
  const features = unpackFeatures(packed.features);
  if (!features) throw new Error('an analysis thread answered with features that do not unpack');
  return features;
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
    features: featuresOf(packed),
    mentions: new Map(packed.mentions.map(([id, mentions]) => [id, { ...mentions, text: textOf(id) }])),
  };
}
