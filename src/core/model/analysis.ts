// The output of the analysis pipeline (text → segments → alignment → findings), shared by the
// CLI, the worker and the UI.
import type { SourceOverview } from '../overview/source-overview';

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

export interface Mention extends QuotedSpan {
  /** Normalised value: ISO date or interval, number with unit, canonical name, quote text. */
  value: string;
}

export interface Finding {
  id: string;
  kind: FindingKind;
  verdict: FindingVerdict;
  /** One line in plain words, e.g. "002 dates the invasion to Feb 2021; 001 and 004 to 2022". */
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
