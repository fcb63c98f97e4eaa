// Reads the files chosen in the add dialog in a worker (file-drafts.worker.ts), a batch at a time,
// so rows appear as they are read and the tab keeps answering. While the first batch is read, the
// worker also fingerprints library documents not fingerprinted yet. Should the worker fail, the
// files not read yet are read on the main thread instead: slower, but the same drafts.
import { proxy, wrap } from 'comlink';
import type { FileReading } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import type { FileDraftsWorkerApi } from '../../worker/file-drafts.worker';
import { readDocumentFile } from './document-draft';
import { rememberFingerprints, withoutFingerprint } from './library-fingerprints';
import { readWebPageFile } from './web-page-runner';

/** Files per round trip: rows appear every few hundred milliseconds, and each batch renders in one short task. */
const BATCH_SIZE = 50;

interface Options {
  library: readonly SourceDocument[];
  /** Called with each batch's readings, in the order the files were chosen. */
  onRead: (readings: FileReading[]) => void;
  /** Stops reading (the dialog closed); no batch is reported after it. */
  signal: AbortSignal;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

async function readOnMainThread(files: readonly File[], { onRead, signal }: Options): Promise<void> {
  for (const batch of batches(files, BATCH_SIZE)) {
    const readings = await Promise.all(batch.map((file) => readDocumentFile(file)));
    if (signal.aborted) return;
    onRead(readings);
  }
}

export async function readChosenFiles(files: readonly File[], options: Options): Promise<void> {
  const { library, onRead, signal } = options;
  const worker = new Worker(new URL('../../worker/file-drafts.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-file-drafts' });
  // Rejects when the worker fails or the reading is stopped, so no wait outlives either.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the file reader could not be loaded')));
    signal.addEventListener('abort', () => reject(new Error('stopped')));
  });
  failed.catch(() => undefined);
  const api = wrap<FileDraftsWorkerApi>(worker);
  const readPage = proxy(readWebPageFile);
  const pending = batches(files, BATCH_SIZE);
  try {
    const unknown = withoutFingerprint(library);
    if (unknown.length > 0) {
      void Promise.race([api.fingerprints(unknown.map((document) => document.text)), failed]).then(
        (values) => rememberFingerprints(unknown, values),
        () => undefined,
      );
    }
    // The worker reads the next batch while this thread shows the last one.
    let next = pending.length > 0 ? Promise.race([api.readFiles(pending[0]!, readPage), failed]) : null;
    while (next) {
      const readings = await next;
      pending.shift();
      next = pending.length > 0 ? Promise.race([api.readFiles(pending[0]!, readPage), failed]) : null;
      if (signal.aborted) return;
      onRead(readings);
    }
  } catch {
    if (!signal.aborted) await readOnMainThread(pending.flat(), options);
  } finally {
    worker.terminate();
  }
}
