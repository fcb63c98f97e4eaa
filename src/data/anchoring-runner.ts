// Sends spans to the anchoring worker and gets their placements back. One worker serves the
// session; should it fail, the next request gets a fresh one, and the failed request is placed in
// this thread (slow, but never wrong). Where there is no Worker (unit tests in Node), spans are
// placed in this thread.
import { wrap, type Remote } from 'comlink';
import { anchorEvidence } from '../core/anchoring';
import type { AnchorResult } from '../core/model/claims';
import type { AnchoringWorkerApi, SpanSelectors } from '../worker/anchoring.worker';

let running: { worker: Worker; api: Remote<AnchoringWorkerApi>; failed: Promise<never> } | null = null;

function anchoringWorker() {
  if (running) return running;
  const worker = new Worker(new URL('../worker/anchoring.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-anchoring' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the anchoring worker could not be loaded')));
  });
  failed.catch(() => undefined);
  running = { worker, api: wrap<AnchoringWorkerApi>(worker), failed };
  return running;
}

const placeHere = (text: string, spans: readonly SpanSelectors[]) => spans.map((span) => anchorEvidence(text, span.quote, span.position));

/** Each span placed in `text`, in order, off the main thread when a worker can run. */
export async function placeSpans(text: string, spans: readonly SpanSelectors[]): Promise<AnchorResult[]> {
  if (typeof Worker === 'undefined') return placeHere(text, spans);
  const current = anchoringWorker();
  try {
    return await Promise.race([current.api.placeSpans(text, spans), current.failed]);
  } catch {
    current.worker.terminate();
    if (running === current) running = null;
    return placeHere(text, spans);
  }
}
