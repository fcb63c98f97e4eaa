// Runs the alignment engine off the main thread so the page keeps answering clicks while a large
// corpus is analysed. The main thread reaches it through comlink (src/data/analysis-runner.ts).
import { expose } from 'comlink';
import { analyzeCorpus } from '../core/analyze';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import { throttleProgress } from './throttle-progress';

/** Progress reports closer together than this are dropped (a stage change always goes through). */
const PROGRESS_INTERVAL_MS = 50;

const analysisWorkerApi = {
  analyze(
    documents: AnalysisDocument[],
    includeBoilerplate: boolean,
    onProgress: (progress: AnalysisProgress) => void,
  ): AnalysisResult {
    const report = throttleProgress(onProgress, PROGRESS_INTERVAL_MS, () => performance.now());
    return analyzeCorpus(documents, { includeBoilerplate, onProgress: report });
  },
};

export type AnalysisWorkerApi = typeof analysisWorkerApi;

expose(analysisWorkerApi);
