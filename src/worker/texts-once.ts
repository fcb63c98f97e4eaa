// Texts cross to a kept worker once. Each run posts every document to the worker, and posting
// copies its text (structured clone): all of a library's texts per run, 75–190 ms for 10 MB on the
// main thread. The page remembers which text it last sent for each document and sends only the
// others; the worker puts the ones it holds back. Both sides then hold exactly the run's documents.
// The texts that do go are posted ahead of the run in batches (inBatches, text-batches).
import type { AnalysisDocument } from '../core/model/document';
import { inTextBatches, TEXT_BATCH_CHARS } from './text-batches';

/** A document as posted to the worker: `text` null when the worker holds it from the last run. */
export type PostedDocument = Omit<AnalysisDocument, 'text'> & { text: string | null };

/** The page's side: what one worker was sent. */
export class TextsSent {
  private sent = new Map<string, string>();

  /** `documents` with the texts this worker holds left out (the same text, by id, as last sent). */
  leaveOutHeld(documents: readonly AnalysisDocument[]): PostedDocument[] {
    const next = new Map<string, string>();
    const posted = documents.map((doc) => {
      next.set(doc.id, doc.text);
      return this.sent.get(doc.id) === doc.text ? { ...doc, text: null } : doc;
    });
    this.sent = next;
    return posted;
  }
}

/** `posted` as its texts in batches of about `batchChars` characters, to stage first, and the documents without them. */
export function inBatches(posted: readonly PostedDocument[], batchChars = TEXT_BATCH_CHARS): { batches: [string, string][][]; documents: PostedDocument[] } {
  const texts = posted.flatMap((doc): [string, string][] => (doc.text === null ? [] : [[doc.id, doc.text]]));
  return {
    batches: inTextBatches(texts, ([, text]) => text.length, batchChars),
    documents: posted.map((doc) => (doc.text === null ? doc : { ...doc, text: null })),
  };
}

/** The worker's side: the texts it was sent for its last run. */
export class TextsHeld {
  private held = new Map<string, string>();
  /** Texts posted ahead of the next run (inBatches). */
  private staged = new Map<string, string>();

  stage(batch: readonly [string, string][]): void {
    for (const [id, text] of batch) this.staged.set(id, text);
  }

  /** `posted` with every text left out put back. */
  putBack(posted: readonly PostedDocument[]): AnalysisDocument[] {
    const next = new Map<string, string>();
    const documents = posted.map((doc) => {
      const text = doc.text ?? this.staged.get(doc.id) ?? this.held.get(doc.id);
      if (text === undefined) throw new Error(`the analysis worker was sent no text for document ${doc.id}`);
      next.set(doc.id, text);
      return { ...doc, text };
    });
    this.held = next;
    this.staged = new Map();
    return documents;
  }
}
