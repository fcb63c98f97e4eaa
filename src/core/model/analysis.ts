// The output of the analysis pipeline (text → segments → alignment → findings), shared by the
// CLI, the worker and the UI.
import type { SourceOverview } from '../overview/source-overview';
import type { Stance } from './claims';

export interface Span {
  /** Document id. */
  doc: string;
  start: number;
  end: number;
}

export interface QuotedSpan extends Span {
  /** Always `documentText.slice(start, end)`. */
  text: string;
}

/** Why a passage is page furniture rather than content. */
export type BoilerplateReason =
  | 'link-list'
  | 'related-teaser'
  | 'repeated-caption'
  | 'byline'
  | 'credit'
  | 'copyright'
  | 'navigation'
  | 'promotion'
  | 'publication-stamp'
  | 'tag-list';

/** A unit of alignment: a paragraph or a sentence of one document. */
export interface Passage extends QuotedSpan {
  /** Index of the paragraph within the document, counted from 0. */
  paragraph: number;
  boilerplate: BoilerplateReason | null;
}

export type GroupKind = 'identical' | 'near-duplicate' | 'paraphrase';

/** Passages from one or more documents that tell the same thing. */
export interface AlignmentGroup {
  id: string;
  kind: GroupKind;
  /** Similarity in [0, 1]; 1 means identical after normalisation. */
  score: number;
  passages: QuotedSpan[];
  /** Document id of the most likely first carrier of this text, with the reason. */
  provenance?: { doc: string; reason: string };
}

export type FindingKind = 'date' | 'number' | 'name' | 'role' | 'quote';
export type FindingVerdict = 'discrepant' | 'variant' | 'consistent';

export type DateGranularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/**
 * The side a one-sided estimate bounds its figure from: "nearly 90" is at most 90 (under), "more
 * than 200" at least 200 (over); "just over $200,000" is at least that and close to it (just over).
 */
export type EstimateBound = 'under' | 'over' | 'just under' | 'just over';

/** What one mention states, typed as the engine compared it. */
export type Fact =
  /** Inclusive ISO calendar dates; approximate when written as an estimate ("about a year ago"). */
  | { kind: 'date'; from: string; to: string; granularity: DateGranularity; approximate: boolean }
  /** A date that cannot be placed (a relative date in an undated document). */
  | { kind: 'unplaced-date'; reason: string }
  /** A figure: what is counted (unit, or a currency code) and the stemmed words it is the figure of; `bound` only on a one-sided estimate. */
  | { kind: 'quantity'; amount: number; unit: string; head: string[]; approximate: boolean; bound?: EstimateBound }
  /** A name as written, of the person it was read as. */
  | { kind: 'name'; name: string; person: string }
  /** A title or office given to a person. */
  | { kind: 'role'; person: string; office: string }
  /** The quoted words, with the speaker the attribution names (null when none does). */
  | { kind: 'quote'; words: string; speaker: string | null };

/** Why the engine took the mentions to state one fact: how sure a reader can be that they do. */
export type FindingReason =
  /** A named event of the lexicon with the same place ("the invasion of Ukraine"). */
  | 'named-event'
  /** Passages the alignment grouped: reprinted or lightly edited copy. */
  | 'aligned-passage'
  /** Sentences the sentence correspondence pairs: independent wording of the same report. */
  | 'counterpart-sentence'
  /** Names or titles of one person. */
  | 'same-person'
  /** One utterance, recognised by its words. */
  | 'same-quote';

export interface Mention extends QuotedSpan {
  /** Normalised value: ISO date or interval, number with unit, canonical name, quote text. */
  value: string;
  fact: Fact;
  /** Decided with the verdict: the agreeing majority supports, the rest contradicts; 'mentions' when no side is the majority or nothing disagrees. */
  stance: Stance;
}

export interface Finding {
  id: string;
  kind: FindingKind;
  verdict: FindingVerdict;
  /** What the mentions are about, in words: "invasion of Ukraine", "Sergey Lavrov", "USD: watch". */
  subject: string;
  reason: FindingReason;
  /** In [0, 1]: how likely the mentions do state one fact (see findings/confidence.ts). */
  confidence: number;
  /** One line in plain words naming sources by document id ("002_d2e0… says February 2021, …"); shown through nameSources (core/model/source-label). */
  summary: string;
  mentions: Mention[];
}

export interface AnalysedDocument {
  id: string;
  path?: string;
  title: string;
  published: string | null;
  length: number;
}

export interface AnalysisResult {
  version: 1;
  documents: AnalysedDocument[];
  /** Every document's passages in reading order, boilerplate included and marked. */
  passages: Record<string, Passage[]>;
  groups: AlignmentGroup[];
  findings: Finding[];
  /** How much the sources share, ranked and clustered, for the Overview (not in the CLI's JSON). */
  overview: SourceOverview;
}

export type AnalysisStage = 'segmenting' | 'indexing' | 'aligning' | 'grouping' | 'finding';

export interface AnalysisProgress {
  stage: AnalysisStage;
  done: number;
  total: number;
}

export interface AnalysisOptions {
  /** Align page furniture too (normally left out). */
  includeBoilerplate: boolean;
  onProgress?: (progress: AnalysisProgress) => void;
}
