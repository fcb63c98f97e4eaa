// Runs the alignment engine off the main thread so the page keeps answering clicks while a large
// corpus is analysed, and keeps results in IndexedDB (stored-analyses.ts) so a reload reuses them.
// The main thread reaches it through comlink (src/data/analysis-runner.ts), and may run the next
// analysis of the same story in the same worker: the engine's state from the last run is kept here,
// so documents analysed before are not read again (core/analyze.ts, analyzeFrom).
import { expose } from 'comlink';
import { analyzeFrom, emptyAnalysisState, type AnalysisState } from '../core/analyze';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import { readStoredAnalysis, storeAnalysis } from './stored-analyses';
import { throttleProgress } from './throttle-progress';

/** Progress reports closer together than this are dropped (a stage change always goes through). */
const PROGRESS_INTERVAL_MS = 50;

/**
 * The built worker's URL names the engine by a content hash. The dev server's URL stays the same
 * while the engine is edited, so nothing is kept there.
 */
const ENGINE: string | null = import.meta.env.DEV ? null : self.location.pathname;

let pendingWrite: Promise<void> = Promise.resolve();
let kept: AnalysisState = emptyAnalysisState();

const analysisWorkerApi = {
  stored(storageKey: string): Promise<AnalysisResult | null> {
    return ENGINE === null ? Promise.resolve(null) : readStoredAnalysis(ENGINE, storageKey);
  },
  /** Analyses and starts storing the result; `saved` tells when the write is over. */
  analyze(
    documents: AnalysisDocument[],
    includeBoilerplate: boolean,
    storageKey: string,
    onProgress: (progress: AnalysisProgress) => void,
  ): AnalysisResult {
    const report = throttleProgress(onProgress, PROGRESS_INTERVAL_MS, () => performance.now());
    const { result, state } = analyzeFrom(kept, documents, { includeBoilerplate, onProgress: report });
    kept = state;
    if (ENGINE !== null) pendingWrite = storeAnalysis(ENGINE, storageKey, result);
    return result;
  },
  saved(): Promise<void> {
    return pendingWrite;
  },
};

export type AnalysisWorkerApi = typeof analysisWorkerApi;

expose(analysisWorkerApi);
