// Sends a web page to the web-page worker and gets its article back. One worker serves every page
// of the session; should it fail (it could not load, or ran out of memory), the page is refused
// with the worker's message and the next page gets a fresh worker.
import { wrap, type Remote } from 'comlink';
import { problem, type IngestResult } from '../../core/ingest/ingest-problem';
import type { HtmlArticle, WebPageReading } from '../../worker/web-page-text';
import type { WebPageWorkerApi } from '../../worker/web-page.worker';

let running: { worker: Worker; api: Remote<WebPageWorkerApi>; failed: Promise<string> } | null = null;

function webPageWorker() {
  if (running) return running;
  const worker = new Worker(new URL('../../worker/web-page.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-web-page' });
  const failed = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => resolve(event.message || 'the page reader could not be loaded'));
  });
  running = { worker, api: wrap<WebPageWorkerApi>(worker), failed };
  return running;
}

export type WebPageReader = (html: string, fileName: string) => Promise<IngestResult<HtmlArticle>>;

/** A reading as an ingest result, its refusal naming the file. */
export function webPageResult(reading: WebPageReading, fileName: string): IngestResult<HtmlArticle> {
  return reading.ok ? { ok: true, value: reading.article } : problem('too-complex', fileName, reading.reason);
}

/** The article of a web page file, read in the worker; refusals name the file. */
export const readWebPageFile: WebPageReader = async (html, fileName) => {
  const current = webPageWorker();
  const outcome = await Promise.race([current.api.readWebPage(html), current.failed.then((message) => ({ ok: false as const, crashed: message }))]);
  if ('crashed' in outcome) {
    current.worker.terminate();
    if (running === current) running = null;
    return problem('too-complex', fileName, `this web page could not be read (${outcome.crashed}). Save the article's text (.txt) and add that.`);
  }
  return webPageResult(outcome, fileName);
};
