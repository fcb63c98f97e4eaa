// Starts one analysis in a Web Worker of its own while it runs. Cancelling is trivial and exact:
// terminating the worker stops the engine mid-stage. A worker whose run finished is kept idle for
// the next run of the same story and options (kept-analysis-workers.ts): its engine kept the
// state of that run, so adding a document reads only the new text. Any other run starts a fresh
// worker, which starts from the state the lineage's last run stored. The worker first looks for a stored result of the same inputs and only analyses when
// none is kept. The Overview alone needs no result: readStoredOverview reads the small overview
// stored next to a result (after a reload, the result itself is read only when a view needs it).
// The result comes over in parts (core/model/analysis-result-parts.ts).
import { proxy, wrap, type Remote } from 'comlink';
import type { AnalysisDocument } from '../core/model/document';
import type { AnalysisProgress, AnalysisResult } from '../core/model/analysis';
import { ResultAssembler } from '../core/model/analysis-result-parts';
import type { SourceOverview } from '../core/overview/source-overview';
import type { AnalysisWorkerApi } from '../worker/analysis.worker';
import { inBatches, TextsSent } from '../worker/texts-once';
import { KeptWorkers } from './kept-analysis-workers';

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
  /**
   * After the result: settles when the worker's writes of it are over, with the browser's reason
   * when it refused to keep it (a reload then analyses again); null when it was kept, read from
   * storage, or the run stopped.
   */
  stored: Promise<string | null>;
  /** The analyst pressed Cancel. */
  cancel(): void;
  /** The inputs changed: a newer run replaces this one. */
  supersede(): void;
}

interface AnalysisWorker {
  worker: Worker;
  api: Remote<AnalysisWorkerApi>;
  /** Terminates the worker; a call still waiting on it is answered by `ended`. */
  end(): void;
  /** Settles when the worker was terminated or failed (comlink's calls to it would never settle). */
  ended: Promise<void>;
  /** A kept worker is sent only the texts it does not hold. */
  texts: TextsSent;
  retire(): void;
}

const keptWorkers = new KeptWorkers<AnalysisWorker>();

function startWorker(): AnalysisWorker {
  const worker = new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-analysis' });
  const api = wrap<AnalysisWorkerApi>(worker);
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  worker.addEventListener('error', () => markEnded(), { once: true });
  const end = () => {
    worker.terminate();
    markEnded();
  };
  // The worker lives until its last result is stored, so a reload right after still finds it.
  return { worker, api, end, ended, texts: new TextsSent(), retire: () => void api.saved().finally(end) };
}

/**
 * The overview of the stored result of these inputs, read without the result; null when none is
 * stored or the worker ends first (the analysis then reads or makes the result). Read in the
 * lineage's kept worker, which stays kept meanwhile (a run may take it), or in a new one kept for
 * the lineage's next run (which starts from the stored state).
 */
export async function readStoredOverview(storageKey: Promise<string>, lineage: string): Promise<SourceOverview | null> {
  let analysisWorker = keptWorkers.peek(lineage);
  if (!analysisWorker) {
    analysisWorker = startWorker();
    keptWorkers.keep(lineage, analysisWorker);
  }
  const { api, ended } = analysisWorker;
  const read = storageKey.then((key) => api.storedOverview(key));
  return Promise.race([read, ended.then(() => null)]).catch(() => null);
}

/** `lineage` names the story and options: a worker kept from that lineage's last run is reused. */
export function startAnalysisRun(
  documents: () => AnalysisDocument[],
  includeBoilerplate: boolean,
  storageKey: Promise<string>,
  onProgress: (progress: AnalysisProgress) => void,
  lineage: string,
): AnalysisRun {
  const analysisWorker = keptWorkers.take(lineage) ?? startWorker();
  const { worker, api, texts } = analysisWorker;
  let rejectRun: (reason: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  const listening = new AbortController();
  worker.addEventListener(
    'error',
    (event) => {
      rejectRun(new Error(`The analysis worker failed: ${event.message || 'it could not be loaded'}.`));
    },
    { signal: listening.signal },
  );
  const analyseInWorker = async (): Promise<number> => {
    const { batches, documents: posted } = inBatches(texts.leaveOutHeld(documents()));
    for (const batch of batches) await api.stage(batch);
    return api.analyze(posted, includeBoilerplate, await storageKey, lineage, proxy(onProgress));
  };
  const analyse = async (): Promise<AnalysisResult> => {
    const key = await storageKey;
    const parts = (await api.stored(key)) ?? (await analyseInWorker());
    // One part per message, each decoded in a task of its own (whole, 5,000 documents' result held the tab 1.2–5 s).
    const assembler = new ResultAssembler();
    for (let index = 0; index < parts; index += 1) assembler.add(await api.part(index));
    return assembler.result();
  };
  const result = Promise.race([analyse(), stopped]);
  let finished = false;
  // Kept before any view sees the result, so a document added right after runs in this worker.
  result.then(
    () => {
      finished = true;
      listening.abort();
      keptWorkers.keep(lineage, analysisWorker);
    },
    () => analysisWorker.end(),
  );
  // A finished run's worker may be serving the next run by now: stopping it is then no longer this run's call.
  const stop = (error: Error) => {
    if (finished) return;
    analysisWorker.end();
    rejectRun(error);
  };
  const stored = result.then(
    () => Promise.race([api.saved(), analysisWorker.ended.then(() => null)]).catch(() => null),
    () => null,
  );
  return {
    result,
    stored,
    cancel: () => stop(new AnalysisCancelledError()),
    supersede: () => stop(new AnalysisSupersededError()),
  };
}
