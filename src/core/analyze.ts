// The analysis pipeline, pure and synchronous (the worker and the CLI run it):
// 1. order documents by id, so the result never depends on input order;
// 2. segment each document into paragraphs and sentences, marking page furniture
//    (text/segment-document.ts);
// 3. align passages across documents into groups (align/align-passages.ts);
// 4. findings: factual disagreements across documents, and the likely first carrier of each
//    group (findings/find-disagreements.ts);
// 5. the overview: sources ranked by how much they share, the best-connected few pair by pair,
//    the rest in clusters (overview/source-overview.ts).
//
// A run can start from the state an earlier run kept (analyzeFrom, issue 18): what each document
// gave on its own — passages (2), the features of its passages (3), its mentions (4) — is taken
// over for every document whose text and date did not change, so adding one document to a
// thousand segments, tokenises and reads only the new text. When no text changed at all (a date
// was edited), the alignment (3) is taken over whole: it reads passages and nothing else. When
// documents were only added, the passages the addition cannot have changed keep their candidates,
// so only the new passages and those sharing a rare term with them are looked up in the index
// (align/align-search-memo.ts). The rest across documents is computed again over the kept pieces:
// the weight of a term is taken over the whole corpus, so a new document changes every weight (and
// every score to the last bit), and two old passages near the threshold may align or part; every
// pair is scored again (the costly word-order diff remembered), and clustered with the others.
// After a date edit, the findings that no publication date decides are taken over too, with the
// counterparts, persons and the overview (findings/find-disagreements.ts, FindingsMemo): only date
// and role findings and the provenance of groups holding a redated document are looked for again.
// A state restored after a reload (analysis-state-record.ts) holds the alignment and the memo when
// its documents are exactly the current ones, so the first date edit after a reload is spared the
// same work. This way the result is exactly analyzeCorpus's on the same documents, ids and order
// included (analyze-incremental.test.ts checks it on random corpora and sequences of changes and reloads).
import { alignPassagesKeepingFeatures } from './align/align-passages';
import { emptyFeatureMemo, type FeatureMemo } from './align/alignment-corpus';
import type { SearchMemo } from './align/align-search-memo';
import type { AlignmentGroup, AnalysisOptions, AnalysisResult, Passage } from './model/analysis';
import type { AnalysisDocument } from './model/document';
import type { DocumentMentions } from './findings/extract-mentions';
import { findDisagreements, type FindingsMemo, type FindingsResult } from './findings/find-disagreements';
import { HEAT_MAP_SOURCES, summarizeSources, type SourceOverview } from './overview/source-overview';
import { corpusSegmenter } from './text/segment-document';
import { emptyRecord, ownValue } from './util/id-record';

/**
 * What a run keeps for the next one. It holds only what the run's own documents use, whatever the
 * options were (none of it depends on them), and is plain data (Maps, arrays, strings), so it can
 * be kept in a worker or structured-cloned — but for `findings`, whose counterparts are a class
 * over the sentence correspondence: it is stored in a plain form of its own
 * (findings/findings-memo-record.ts), so a reload's first date edit takes it too.
 */
export interface AnalysisState {
  /** Per document id: the text it was segmented from and its passages. */
  segments: Map<string, { text: string; passages: Passage[] }>;
  /** Alignment features per passage text (align/alignment-corpus.ts). */
  features: FeatureMemo;
  /** Per document id: its mentions and what they depended on (findings/extract-mentions.ts). */
  mentions: Map<string, DocumentMentions>;
  /** The groups aligned over exactly the documents of `segments`, whether boilerplate was in, and the overview they gave; absent or null when unknown. */
  alignment?: { includeBoilerplate: boolean; groups: AlignmentGroup[]; overview: SourceOverview } | null;
  /** What the findings over `alignment`'s groups computed that no publication date decides; absent or null when unknown. */
  findings?: FindingsMemo | null;
  /** The candidate search of the run `features` came from (it depends on whether boilerplate was in); absent or null when unknown. */
  search?: SearchMemo | null;
}

export interface AnalysisRun {
  result: AnalysisResult;
  state: AnalysisState;
  /** Ids of the documents segmented in this run; the others were taken from the earlier state. */
  segmented: string[];
  /** False when the alignment was taken over from the earlier state (no text changed). */
  aligned: boolean;
  /** Passages (distinct texts) looked up in the candidate index; 0 when the alignment was taken over. */
  searched: number;
  /** Candidate pairs scored; 0 when the alignment was taken over. */
  scored: number;
  /** True when only the findings a publication date decides were looked for again (the rest taken over). */
  redatedOnly: boolean;
}

export function emptyAnalysisState(): AnalysisState {
  return { segments: new Map(), features: emptyFeatureMemo(), mentions: new Map(), alignment: null, search: null, findings: null };
}

/** The earlier alignment, when it was made over the same passages: same documents, none segmented again. */
function keptAlignment(previous: AnalysisState, documents: readonly AnalysisDocument[], segmented: readonly string[], includeBoilerplate: boolean): AnalysisState['alignment'] {
  const kept = previous.alignment;
  if (!kept || kept.includeBoilerplate !== includeBoilerplate || segmented.length > 0 || documents.length !== previous.segments.size) return null;
  return kept;
}

export function analyzeCorpus(docs: AnalysisDocument[], options: AnalysisOptions): AnalysisResult {
  return analyzeFrom(emptyAnalysisState(), docs, options).result;
}

/**
 * Steps 1–3 of a run: what analyzeFrom computes before the findings. Kept apart so that a caller
 * can read the mentions elsewhere meanwhile (the CLI's mentions thread) and hand them to
 * finishAnalysis.
 */
export interface AlignedRun {
  previous: AnalysisState;
  options: AnalysisOptions;
  documents: AnalysisDocument[];
  passages: Record<string, Passage[]>;
  segments: AnalysisState['segments'];
  segmented: string[];
  reused: AnalysisState['alignment'];
  groups: AlignmentGroup[];
  features: FeatureMemo;
  search: SearchMemo | null;
  searched: number;
  scored: number;
}

/** Steps 1–3 of analyzeFrom: documents in order, segmented and aligned. */
export function alignFrom(previous: AnalysisState, docs: AnalysisDocument[], options: AnalysisOptions): AlignedRun {
  const report = options.onProgress ?? (() => undefined);
  const documents = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = documents.length;

  const passages = emptyRecord<Passage[]>();
  const segments: AnalysisState['segments'] = new Map();
  const segmented: string[] = [];
  const segment = corpusSegmenter();
  documents.forEach((doc, index) => {
    const kept = previous.segments.get(doc.id);
    const own = kept?.text === doc.text ? kept.passages : segment(doc.id, doc.text);
    if (own !== kept?.passages) segmented.push(doc.id);
    passages[doc.id] = own;
    segments.set(doc.id, { text: doc.text, passages: own });
    report({ stage: 'segmenting', done: index + 1, total });
  });

  const reused = keptAlignment(previous, documents, segmented, options.includeBoilerplate);
  // The kept search holds only for documents whose text it saw: one read again voids it.
  const keptSearch = previous.search && !segmented.some((id) => previous.search?.documents.has(id)) ? previous.search : null;
  const { groups, features, search, searched, scored } = reused
    ? { groups: reused.groups, features: previous.features, search: previous.search ?? null, searched: 0, scored: 0 }
    : alignPassagesKeepingFeatures(
        documents.map((doc) => ownValue(passages, doc.id) ?? []),
        new Map(documents.map((doc) => [doc.id, doc.text])),
        { includeBoilerplate: options.includeBoilerplate, onProgress: report, features: previous.features, search: keptSearch },
      );
  return { previous, options, documents, passages, segments, segmented, reused, groups, features, search, searched, scored };
}

/** What the findings of a run give its result: the findings, and the likely first carrier of each group. */
export type RunFindings = Pick<FindingsResult, 'findings' | 'provenance'>;

/**
 * Step 5 and the result of an aligned run, given its findings wherever they were computed
 * (finishAnalysis, or findingsApart apart from the alignment).
 */
export function analysisResult(run: AlignedRun, { findings, provenance }: RunFindings): AnalysisResult {
  const { documents, passages, groups, reused } = run;
  const ids = documents.map((doc) => doc.id);
  return {
    version: 1,
    documents: documents.map((doc) => ({ id: doc.id, title: doc.title, published: doc.published, length: doc.text.length })),
    passages,
    groups: groups.map((group) => {
      const found = ownValue(provenance, group.id);
      return found ? { ...group, provenance: found } : group;
    }),
    findings,
    // The overview reads passages and groups alone: a kept alignment's is still right.
    overview: reused?.overview ?? summarizeSources(ids, passages, groups, HEAT_MAP_SOURCES),
  };
}

/**
 * Steps 4–5 of analyzeFrom over an aligned run. `mentions` (by document id) are taken instead of
 * reading a document again where they still hold, as an earlier run's are (previous.mentions when
 * not given); the result is the same either way.
 */
export function finishAnalysis(run: AlignedRun, mentions: ReadonlyMap<string, DocumentMentions> = run.previous.mentions): AnalysisRun {
  const { previous, options, documents, passages, segments, segmented, reused, groups, features, search, searched, scored } = run;
  const total = documents.length;
  const found = findDisagreements(documents, { passages, groups }, mentions, previous.findings);
  options.onProgress?.({ stage: 'finding', done: total, total });
  const result = analysisResult(run, found);
  const alignment = { includeBoilerplate: options.includeBoilerplate, groups, overview: result.overview };
  return { result, state: { segments, features, mentions: found.mentions, alignment, search, findings: found.memo }, segmented, aligned: reused === null, searched, scored, redatedOnly: found.fromMemo };
}

/** Analyses `docs`, taking from `previous` what still applies; the result equals analyzeCorpus(docs, options). */
export function analyzeFrom(previous: AnalysisState, docs: AnalysisDocument[], options: AnalysisOptions): AnalysisRun {
  return finishAnalysis(alignFrom(previous, docs, options));
}
