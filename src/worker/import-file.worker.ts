// Reads a file chosen for import off the main thread: a project of 5,000 documents is 25 MB of
// JSON, and parsing, validating and hashing it froze the tab for seconds. The main thread reaches
// it through comlink (src/data/ingest/import-file-runner.ts), and takes a project's texts apart, in
// batches (import-texts.ts).
import '../core/util/zod-without-eval';
import { expose } from 'comlink';
import { readImportFile, type ImportFileReading } from '../core/formats/read-import-file';
import { textsApart, type PlacedText } from './import-texts';

/** The texts of the last project read, for the page to take batch by batch. */
let batches: PlacedText[][] = [];

const importFileWorkerApi = {
  /** The file is read here too: only a handle to it crosses from the page, not its text. A project comes without its texts, and the count of their batches. */
  async read(file: Blob): Promise<{ reading: ImportFileReading; textBatches: number }> {
    const reading = await readImportFile(await file.text());
    if (!reading.ok || reading.source !== 'project') return { reading, textBatches: 0 };
    const apart = textsApart(reading.stories);
    batches = apart.batches;
    return { reading: { ...reading, stories: apart.stories }, textBatches: batches.length };
  },
  /** Batch `index` of the texts `read` left out. */
  texts(index: number): PlacedText[] {
    const batch = batches[index];
    if (batch === undefined) throw new Error(`the import reader holds no batch ${index} of texts`);
    return batch;
  },
};

export type ImportFileWorkerApi = typeof importFileWorkerApi;

expose(importFileWorkerApi);
