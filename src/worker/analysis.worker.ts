// Runs the alignment engine off the main thread so the page keeps answering clicks while a large
// corpus is analysed, and keeps results in IndexedDB (stored-analyses.ts) so a reload reuses them.
// The main thread reaches it through comlink (src/data/analysis-runner.ts), and may run the next
// analysis of the same story in the same worker: the engine's state from the last run is kept here,
// so documents analysed before are not read again (core/analyze.ts, analyzeFrom). A worker that has
// not analysed yet starts from the state its story's last analysis stored (stored-analyses.ts), so
// after a reload, too, only the new text is read.
import { expose } from 'comlink';
import { analyzeFrom, emptyAnalysisState, type AnalysisState } from '../core/analyze';
import { analysisStateRecord, restoreAnalysisState } from '../core/analysis-state-record';
import { contentHash } from '../core/content-hash';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import { splitResult, type AnalysisResultPart } from '../core/model/analysis-result-parts';
import type { SourceOverview } from '../core/overview/source-overview';
import { readLatestAnalysisState, readStoredAnalysis, readStoredOverview, storeAnalysis, storeAnalysisState, type StorageRefusal } from './stored-analyses';
import { TextsHeld, type PostedDocument } from './texts-once';
import { throttleProgress } from './throttle-progress';

/** Progress reports closer together than this are dropped (a stage change always goes through). */
const PROGRESS_INTERVAL_MS = 50;
/** Each run leaves a performance measure of this name, with how many documents it read (benches and e2e read it). */
export const ANALYSIS_MEASURE = 'crosscheck-analysis';

export interface AnalysisMeasureDetail {
  documents: number;
  /** Documents segmented and read in this run; the others were taken from the kept or stored state. */
  read: number;
  /** False when no text changed and the kept alignment was taken over. */
  aligned: boolean;
  /** True when only the findings a publication date decides were looked for again (the findings memo kept or stored was taken). */
  redatedOnly: boolean;
}

/**
 * The built worker's URL names the engine by a content hash. The dev server's URL stays the same
 * while the engine is edited, so nothing is kept there.
 */
const ENGINE: string | null = import.meta.env.DEV ? null : self.location.pathname;

let pendingWrite: Promise<StorageRefusal> = Promise.resolve(null);
/** The state of this worker's last run; null until it has run (or restored) once. */
let kept: AnalysisState | null = null;
/** The result this worker last read from storage: a reload's state is most often that result's. */
let lastStored: { key: string; result: AnalysisResult } | null = null;

/** Text hashes of the documents of the last call, by id: each text is hashed once. */
let hashes = new Map<string, { text: string; hash: string }>();
async function hashesOf(documents: readonly AnalysisDocument[]): Promise<Map<string, string>> {
  const next = new Map<string, { text: string; hash: string }>();
  for (const doc of documents) {
    const known = hashes.get(doc.id);
    next.set(doc.id, { text: doc.text, hash: known?.text === doc.text ? known.hash : await contentHash(doc.text) });
  }
  hashes = next;
  return new Map([...next].map(([id, { hash }]) => [id, hash]));
}

/** The state the lineage's last analysis stored, restored for `documents`; empty when none fits. */
async function storedState(engine: string, lineage: string, documents: readonly AnalysisDocument[]): Promise<AnalysisState> {
  const latest = await readLatestAnalysisState(engine, lineage);
  if (!latest) return emptyAnalysisState();
  const result = lastStored?.key === latest.key ? lastStored.result : await readStoredAnalysis(engine, latest.key);
  if (!result) return emptyAnalysisState();
  return restoreAnalysisState(latest.state, documents, await hashesOf(documents), result);
}

/** The texts of the last run's documents: the page sends only the others (texts-once.ts). */
const textsHeld = new TextsHeld();

/** The parts of the result the page is taking (analysis-result-parts.ts); dropped once it took the last. */
let outgoing: AnalysisResultPart[] = [];

/** Holds `result` in parts for the page to take one by one; returns how many there are. */
function handOver(result: AnalysisResult): number {
  outgoing = splitResult(result);
  return outgoing.length;
}

const analysisWorkerApi = {
  /** The overview of a stored result, read before the result itself (the Overview shows it meanwhile). */
  storedOverview(storageKey: string): Promise<SourceOverview | null> {
    return ENGINE === null ? Promise.resolve(null) : readStoredOverview(ENGINE, storageKey);
  },
  /** The stored result of `storageKey` as a count of parts to take (null when none is stored). */
  async stored(storageKey: string): Promise<number | null> {
    const result = ENGINE === null ? null : await readStoredAnalysis(ENGINE, storageKey);
    if (!result) return null;
    lastStored = { key: storageKey, result };
    return handOver(result);
  },
  /** Part `index` of the result `analyze` or `stored` announced. */
  part(index: number): AnalysisResultPart {
    const part = outgoing[index];
    if (part === undefined) throw new Error(`the analysis worker holds no part ${index} of a result`);
    if (index === outgoing.length - 1) outgoing = [];
    return part;
  },
  /** Texts for the next `analyze`, posted ahead of it in batches (texts-once.ts). */
  stage(batch: [string, string][]): void {
    textsHeld.stage(batch);
  },
  /** Analyses and starts storing the result and the state (`saved` tells when the writes are over); returns the result's count of parts. */
  async analyze(
    posted: PostedDocument[],
    includeBoilerplate: boolean,
    storageKey: string,
    lineage: string,
    onProgress: (progress: AnalysisProgress) => void,
  ): Promise<number> {
    const documents = textsHeld.putBack(posted);
    const report = throttleProgress(onProgress, PROGRESS_INTERVAL_MS, () => performance.now());
    const started = performance.now();
    kept ??= ENGINE === null ? emptyAnalysisState() : await storedState(ENGINE, lineage, documents);
    const { result, state, segmented, aligned, redatedOnly } = analyzeFrom(kept, documents, { includeBoilerplate, onProgress: report });
    const detail: AnalysisMeasureDetail = { documents: documents.length, read: segmented.length, aligned, redatedOnly };
    performance.measure(ANALYSIS_MEASURE, { start: started, detail });
    kept = state;
    lastStored = null;
    if (ENGINE !== null) pendingWrite = store(ENGINE, lineage, storageKey, documents, result, state);
    return handOver(result);
  },
  /** Settles when the last analysis's writes are over, with the browser's reason if it refused one. */
  saved(): Promise<StorageRefusal> {
    return pendingWrite;
  },
};

/** A state is restored with its result's passages (storedState), so it is stored only after its result. */
async function store(engine: string, lineage: string, key: string, documents: readonly AnalysisDocument[], result: AnalysisResult, state: AnalysisState): Promise<StorageRefusal> {
  const refused = await storeAnalysis(engine, key, result);
  return refused ?? storeAnalysisState(engine, lineage, key, analysisStateRecord(state, await hashesOf(documents)));
}

export type AnalysisWorkerApi = typeof analysisWorkerApi;

expose(analysisWorkerApi);
