import type { Page } from '@playwright/test';

/** Counts the analysis workers the page starts from now on (one per analysis not run in a kept worker). */
export function countAnalysisWorkers(page: Page): () => number {
  let started = 0;
  page.on('worker', (worker) => {
    if (worker.url().includes('analysis.worker')) started += 1;
  });
  return () => started;
}
