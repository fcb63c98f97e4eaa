// Reads a file chosen for import off the main thread: a project of 5,000 documents is 25 MB of
// JSON, and parsing, validating and hashing it froze the tab for seconds. The main thread reaches
// it through comlink (src/data/ingest/import-file-runner.ts).
import '../core/util/zod-without-eval';
import { expose } from 'comlink';
import { readImportFile, type ImportFileReading } from '../core/formats/read-import-file';

const importFileWorkerApi = {
  /** The file is read here too: only a handle to it crosses from the page, not its text. */
  async read(file: Blob): Promise<ImportFileReading> {
    return readImportFile(await file.text());
  },
};

export type ImportFileWorkerApi = typeof importFileWorkerApi;

expose(importFileWorkerApi);
