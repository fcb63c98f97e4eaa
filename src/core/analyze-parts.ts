// A corpus analysed in parts (the CLI spreads the parts over threads, cli/parallel-analysis.ts).
// What each document gives on its own — passages, their alignment features, mentions — is read
// part by part, the parts' states are merged into one AnalysisState, and analyzeFrom takes all of
// it, so only the work across documents (alignment, comparison) runs once over the whole corpus.
// The result is analyzeCorpus's on the same documents (analyze-parts.test.ts):
// - passages and features depend on a document's text alone; a part's features are numbered in
//   its own terms and renumbered when merged (mergeFeatureMemos);
// - mentions also depend on which words the whole corpus uses in lower case ("Wang" is a name in a
//   corpus that never writes "wang"), so each part reads them against the corpus vocabulary: the
//   union of every document's lower-case words, gathered before mentions are read.
import type { AnalysisState, RunFindings } from './analyze';
import { collectCorpus, mergeFeatureMemos } from './align/alignment-corpus';
import { documentMentionReader, type DocumentMentions } from './findings/extract-mentions';
import { findDisagreementsIn, readForFindings, type FindingsReading } from './findings/find-disagreements';
import type { AlignmentGroup, Passage } from './model/analysis';
import type { AnalysisDocument } from './model/document';
import { emptyRecord } from './util/id-record';
import { corpusSegmenter } from './text/segment-document';

export type PartSegments = Pick<AnalysisState, 'segments' | 'features'>;

/** Passages and alignment features of a part's documents, as analyzeFrom would compute them. */
export function segmentPart(docs: readonly AnalysisDocument[], includeBoilerplate: boolean): PartSegments {
  const segments: AnalysisState['segments'] = new Map();
  const segment = corpusSegmenter();
  for (const doc of docs) segments.set(doc.id, { text: doc.text, passages: segment(doc.id, doc.text) });
  const passages = [...segments.values()].map((segment) => segment.passages);
  return { segments, features: collectCorpus(passages, includeBoilerplate).kept };
}

/**
 * Mentions of a part's documents (segmented by segmentPart) as documents of a corpus whose
 * lower-case words are `vocabulary`; `lowerCaseWords[i]` is the lower-case words of docs[i].text
 * (LowerCaseWordReader).
 */
export function readPartMentions(
  docs: readonly AnalysisDocument[],
  segments: AnalysisState['segments'],
  lowerCaseWords: readonly ReadonlySet<string>[],
  vocabulary: ReadonlySet<string>,
): Map<string, DocumentMentions> {
  const read = documentMentionReader(vocabulary);
  return new Map(docs.map((doc, index) => [doc.id, read(doc, segments.get(doc.id)?.passages, lowerCaseWords[index] as ReadonlySet<string>)]));
}

/**
 * What the findings read of a whole corpus apart from its alignment (the CLI reads it in a thread
 * of its own while the main thread aligns), from every document's passages: its mentions are what
 * analyzeFrom's state holds as `mentions`.
 */
export function readApart(docs: AnalysisDocument[], segments: AnalysisState['segments']): FindingsReading {
  const passages = emptyRecord<Passage[]>();
  for (const doc of docs) passages[doc.id] = segments.get(doc.id)?.passages ?? [];
  return readForFindings(docs, passages);
}

/**
 * The findings over a corpus read apart from its alignment (readApart), given the groups aligned
 * over the same passages: what finishAnalysis finds. The CLI's mentions thread computes them where
 * the mentions are, so they never cross to the thread that aligned.
 */
export function findingsApart(reading: FindingsReading, groups: AlignmentGroup[]): RunFindings {
  const { findings, provenance } = findDisagreementsIn(reading, groups);
  return { findings, provenance };
}

/** One state of the parts' states (parts with distinct documents), for analyzeFrom. */
export function mergeAnalysisStates(parts: readonly AnalysisState[]): AnalysisState {
  return {
    segments: new Map(parts.flatMap((part) => [...part.segments])),
    features: mergeFeatureMemos(parts.map((part) => part.features)),
    mentions: new Map(parts.flatMap((part) => [...part.mentions])),
  };
}
