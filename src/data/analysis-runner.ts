// Starts one analysis in its own Web Worker. A worker per run makes cancelling trivial and exact:
// terminating it stops the engine mid-stage, and the next run starts from a fresh module.
import { proxy, wrap } from 'comlink';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import type { AnalysisWorkerApi } from '../worker/analysis.worker';

/** Raised when the analyst (or a newer run) stopped an analysis before it finished. */
export class AnalysisCancelledError extends Error {
  constructor() {
    super('Analysis cancelled before it finished. Run it again to see alignments and findings.');
    this.name = 'AnalysisCancelledError';
  }
}

export interface AnalysisRun {
  result: Promise<AnalysisResult>;
  cancel(): void;
}

export function startAnalysisRun(
  documents: AnalysisDocument[],
  includeBoilerplate: boolean,
  onProgress: (progress: AnalysisProgress) => void,
): AnalysisRun {
  const worker = new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-analysis' });
  const api = wrap<AnalysisWorkerApi>(worker);
  let rejectRun: (reason: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  worker.addEventListener('error', (event) => {
    rejectRun(new Error(`The analysis worker failed: ${event.message || 'it could not be loaded'}.`));
  });
  const result = Promise.race([api.analyze(documents, includeBoilerplate, proxy(onProgress)), stopped]).finally(() => {
    worker.terminate();
  });
  return {
    result,
    cancel() {
      worker.terminate();
      rejectRun(new AnalysisCancelledError());
    },
  };
}
