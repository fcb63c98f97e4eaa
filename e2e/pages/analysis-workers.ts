import type { Page, Worker } from '@playwright/test';
import type { AnalysisMeasureDetail } from '../../src/worker/analysis.worker';

const ANALYSIS_MEASURE = 'crosscheck-analysis';

/** Counts the analysis workers the page starts from now on (one per analysis not run in a kept worker). */
export function countAnalysisWorkers(page: Page): () => number {
  let started = 0;
  page.on('worker', (worker) => {
    if (worker.url().includes('analysis.worker')) started += 1;
  });
  return () => started;
}

/**
 * The analysis workers the page starts from now on; `runs()` gives what each of their analyses
 * read (the measure every run leaves, src/worker/analysis.worker.ts), oldest first.
 */
export function watchAnalysisRuns(page: Page): { runs: () => Promise<AnalysisMeasureDetail[]> } {
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    if (worker.url().includes('analysis.worker')) workers.push(worker);
  });
  const runsOf = (worker: Worker) =>
    worker
      .evaluate((name) => performance.getEntriesByName(name).map((entry) => (entry as PerformanceMeasure).detail as AnalysisMeasureDetail), ANALYSIS_MEASURE)
      // A worker ended after its run (a kept worker pushed out) no longer answers.
      .catch(() => []);
  return { runs: async () => (await Promise.all(workers.map(runsOf))).flat() };
}
