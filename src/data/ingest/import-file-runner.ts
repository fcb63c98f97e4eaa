// Reads a file chosen for import in a worker of its own (import-file.worker.ts), ended once it
// answered. Should the worker fail (it could not load, or ran out of memory), the file is read
// on the main thread instead: slower, but the same reading.
import { wrap, type Remote } from 'comlink';
import { readImportFile, type ImportFileReading } from '../../core/formats/read-import-file';
import type { ImportFileWorkerApi } from '../../worker/import-file.worker';
import { putTextsBack } from '../../worker/import-texts';

/** The reading, its texts taken a batch per message (import-texts.ts). */
async function readInWorker(api: Remote<ImportFileWorkerApi>, file: Blob): Promise<ImportFileReading> {
  const { reading, textBatches } = await api.read(file);
  if (!reading.ok || reading.source !== 'project') return reading;
  for (let index = 0; index < textBatches; index += 1) putTextsBack(reading.stories, await api.texts(index));
  return reading;
}

export async function readImportFileOffThread(file: Blob): Promise<ImportFileReading> {
  const worker = new Worker(new URL('../../worker/import-file.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-import-file' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the import reader could not be loaded')));
  });
  try {
    return await Promise.race([readInWorker(wrap<ImportFileWorkerApi>(worker), file), failed]);
  } catch {
    return readImportFile(await file.text());
  } finally {
    worker.terminate();
  }
}
