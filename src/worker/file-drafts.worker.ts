// Reads the files chosen in the add dialog, and drafts pasted text, off the main thread: decoding,
// the date proposal (chrono-node), the duplicate fingerprint and the content hash cost ~10 ms per
// file, seconds for a thousand files or a 10 MB paste. Web pages go back through the main thread
// to the web-page worker, which owns HTML parsing. The main thread reaches it through comlink
// (src/data/ingest/read-chosen-files.ts, src/data/ingest/pasted-drafts.ts).
import { expose } from 'comlink';
import { contentHash } from '../core/content-hash';
import { draftFromPaste, readDocument, textFingerprint, type ChosenFile, type FileReading, type PageReader } from '../core/ingest';

const fileDraftsWorkerApi = {
  /** The files' drafts or refusals, in order. */
  async readFiles(files: ChosenFile[], readPage: PageReader): Promise<FileReading[]> {
    const readings: FileReading[] = [];
    for (const file of files) {
      const reading = await readDocument(file, readPage);
      if (reading.status === 'ready') reading.draft.contentHash = await contentHash(reading.draft.text);
      readings.push(reading);
    }
    return readings;
  },
  /** The draft of a pasted text, hashed (pasted-drafts.ts). */
  async draftFromPaste(text: string) {
    const draft = draftFromPaste(text);
    draft.contentHash = await contentHash(draft.text);
    return draft;
  },
  fingerprints(texts: string[]): string[] {
    return texts.map(textFingerprint);
  },
};

export type FileDraftsWorkerApi = typeof fileDraftsWorkerApi;

expose(fileDraftsWorkerApi);
