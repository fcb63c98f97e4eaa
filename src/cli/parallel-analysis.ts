// The CLI's analysis over several threads. What each document gives on its own (passages, their
// alignment features, mentions: about three quarters of the work) is read in shares: the main
// thread reads the first share itself and worker threads the others (core/analyze-parts.ts); the
// main thread merges the shares' states and analyzeFrom aligns and compares across the corpus,
// so the result is the same as in one thread. The threads run the compiled CLI
// (scripts/build-cli.mjs).
import { emptyAnalysisState, type AnalysisState } from '../core/analyze';
import { mergeAnalysisStates, readPartMentions, segmentPart } from '../core/analyze-parts';
import { LowerCaseWordReader } from '../core/findings/lower-case-vocabulary';
import type { AnalysisDocument } from '../core/model/document';
import type { CliDocument } from './cli-json';
import { segmentInTurn, type DocumentsInTurn } from './segment-in-turn';
import type { AnalysisThread, MentionsThread } from './analysis-threads';

const byId = (a: AnalysisDocument, b: AnalysisDocument): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `threads` runs of consecutive documents in id order, of about the same length of text. In id
 * order, the shares' term ids merge into the numbering analyzeFrom gives them (first use in
 * that order), so the features are taken over without being numbered again.
 */
export function shares(docs: readonly AnalysisDocument[], threads: number): AnalysisDocument[][] {
  const sorted = [...docs].sort(byId);
  const total = sorted.reduce((sum, doc) => sum + doc.text.length, 0);
  const parts: AnalysisDocument[][] = [[]];
  let length = 0;
  for (const doc of sorted) {
    const part = parts.at(-1) as AnalysisDocument[];
    if (part.length > 0 && parts.length < threads && length >= (total * parts.length) / threads) parts.push([doc]);
    else part.push(doc);
    length += doc.text.length;
  }
  return parts;
}

/**
 * Passages of `docs`, segmented in turn by the main thread and the mentions thread, which then
 * reads their mentions.
 */
export async function prepareWithMentionsThread(docs: readonly CliDocument[], thread: MentionsThread): Promise<AnalysisState> {
  const input: DocumentsInTurn<CliDocument> = { documents: [...docs].sort(byId), next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
  const theirs = thread.segment(input);
  const segments = segmentInTurn(input);
  thread.readMentions(segments);
  for (const [id, segmented] of await theirs) segments.set(id, segmented);
  return { ...emptyAnalysisState(), segments };
}

/**
 * The state of `docs` read by the main thread and `threads` (one share each, the main thread's
 * first), for analyzeFrom, which then reads nothing again. Threads beyond the shares are left idle.
 */
export async function prepareInThreads(docs: readonly AnalysisDocument[], threads: readonly AnalysisThread[], includeBoilerplate: boolean): Promise<AnalysisState> {
  const [own = [], ...others] = shares(docs, threads.length + 1);
  const started = others.map((documents, index) => (threads[index] as AnalysisThread).read({ documents, includeBoilerplate }));
  // The main thread segments its share while the threads do theirs; then every share reads its
  // mentions against the corpus vocabulary, the union of all documents' lower-case words.
  const wordReader = new LowerCaseWordReader();
  const ownWords = own.map((doc) => wordReader.wordsOf(doc.text));
  const ownSegments = segmentPart(own, includeBoilerplate);
  const vocabulary = new Set<string>();
  for (const words of ownWords) for (const word of words) vocabulary.add(word);
  for (const words of await Promise.all(started.map((thread) => thread.words))) for (const word of words) vocabulary.add(word);
  const corpusVocabulary = [...vocabulary];
  for (const share of started) share.readMentionsWith(corpusVocabulary);
  const ownState: AnalysisState = { ...ownSegments, mentions: readPartMentions(own, ownSegments.segments, ownWords, vocabulary) };
  return mergeAnalysisStates([ownState, ...(await Promise.all(started.map((thread) => thread.state)))]);
}
