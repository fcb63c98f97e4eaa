// Segmenting a corpus in two threads at once (the CLI's main thread and its mentions thread,
// parallel-analysis.ts): each takes the next document not yet taken until none is left. The
// mentions thread is given the documents only once they are read, so it starts later than the
// main thread; with fixed halves the main thread waited for the other's.
import type { AnalysisState } from '../core/analyze';
import type { AnalysisDocument } from '../core/model/document';
import { corpusSegmenter } from '../core/text/segment-document';

/** The documents in id order, and the index of the next one to segment, shared by the threads. */
export interface DocumentsInTurn<Document extends AnalysisDocument = AnalysisDocument> {
  documents: Document[];
  next: Int32Array<SharedArrayBuffer>;
}

/** The passages of the documents this thread took. */
export function segmentInTurn({ documents, next }: DocumentsInTurn): AnalysisState['segments'] {
  const segment = corpusSegmenter();
  const segments: AnalysisState['segments'] = new Map();
  for (let index = Atomics.add(next, 0, 1); index < documents.length; index = Atomics.add(next, 0, 1)) {
    const doc = documents[index] as AnalysisDocument;
    segments.set(doc.id, { text: doc.text, passages: segment(doc.id, doc.text) });
  }
  return segments;
}
