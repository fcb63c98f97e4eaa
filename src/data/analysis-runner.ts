// Starts one analysis in its own Web Worker. A worker per run makes cancelling trivial and exact:
// terminating it stops the engine mid-stage, and the next run starts from a fresh module.
// The worker first looks for a stored result of the same inputs and only analyses when none is kept.
import { proxy, wrap } from 'comlink';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import type { AnalysisWorkerApi } from '../worker/analysis.worker';

/** Raised when the analyst stopped an analysis before it finished. */
export class AnalysisCancelledError extends Error {
  constructor() {
    super('Analysis cancelled before it finished. Run it again to see alignments and findings.');
    this.name = 'AnalysisCancelledError';
  }
}

/** Raised when a run was stopped because its inputs changed (a newer run of other documents began). */
export class AnalysisSupersededError extends Error {
  constructor() {
    super('The documents changed while they were analysed; the analysis starts again on the current ones.');
    this.name = 'AnalysisSupersededError';
  }
}

export interface AnalysisRun {
  result: Promise<AnalysisResult>;
  /** The analyst pressed Cancel. */
  cancel(): void;
  /** The inputs changed: a newer run replaces this one. */
  supersede(): void;
}

export function startAnalysisRun(
  documents: () => AnalysisDocument[],
  includeBoilerplate: boolean,
  storageKey: Promise<string>,
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
  const analyse = async (): Promise<AnalysisResult> => {
    const key = await storageKey;
    const stored = await api.stored(key);
    return stored ?? (await api.analyze(documents(), includeBoilerplate, key, proxy(onProgress)));
  };
  const result = Promise.race([analyse(), stopped]);
  // The worker lives until its result is stored, so a reload right after still finds it.
  result.then(
    () => void api.saved().finally(() => worker.terminate()),
    () => worker.terminate(),
  );
  const stop = (error: Error) => {
    worker.terminate();
    rejectRun(error);
  };
  return {
    result,
    cancel: () => stop(new AnalysisCancelledError()),
    supersede: () => stop(new AnalysisSupersededError()),
  };
}
