// The CLI's analysis over several threads. What each document gives on its own (passages, their
// alignment features, mentions: about three quarters of the work) is read in shares: the main
// thread reads the first share itself and worker threads the others (core/analyze-parts.ts); the
// main thread merges the shares' states and analyzeFrom aligns and compares across the corpus,
// so the result is the same as in one thread. The threads run the compiled CLI
// (scripts/build-cli.mjs).
import { Worker } from 'node:worker_threads';
import type { AnalysisState } from '../core/analyze';
import { mergeAnalysisStates, readPartMentions, segmentPart } from '../core/analyze-parts';
import { lowerCaseWordsOf } from '../core/findings/extract-mentions';
import type { AnalysisDocument } from '../core/model/document';
import type { DocumentMentions } from '../core/findings/extract-mentions';
import { unpackMentions, unpackState, type PackedMentions, type PackedState } from './thread-transport';

export interface ThreadInput {
  documents: AnalysisDocument[];
  includeBoilerplate: boolean;
}

export type ThreadReply = { kind: 'words'; words: string[] } | { kind: 'state'; state: PackedState };

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
 * An analysis thread, started before the documents are read so that loading the compiled CLI in
 * it overlaps the main thread's reading; `read` gives it its share, and is called at most once.
 */
export interface AnalysisThread {
  read: (input: ThreadInput) => ThreadShare;
  /** Stops the thread (no-op once it has answered); every started thread is stopped this way. */
  stop: () => Promise<number>;
}

/** A thread's work on its share: its lower-case words, then (once given the corpus vocabulary) its state. */
interface ThreadShare {
  words: Promise<string[]>;
  readMentionsWith: (vocabulary: string[]) => void;
  state: Promise<AnalysisState>;
}

/** A worker thread on one of the compiled CLI's thread files, and its first failure (an error, or an exit before it answered). */
function startThread(file: string): { worker: Worker; failed: Promise<never> } {
  const worker = new Worker(new URL(file, import.meta.url));
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`an analysis thread stopped (exit code ${code}) before it finished`)));
  });
  // Whichever reply is awaited reports the failure.
  failed.catch(() => undefined);
  return { worker, failed };
}

export function startAnalysisThread(): AnalysisThread {
  const { worker, failed } = startThread('./analysis-thread.mjs');
  const reply = <K extends ThreadReply['kind']>(kind: K) =>
    Promise.race([failed, new Promise<Extract<ThreadReply, { kind: K }>>((resolve) => worker.on('message', (message: ThreadReply) => message.kind === kind && resolve(message as Extract<ThreadReply, { kind: K }>)))]);
  return {
    read: (input) => {
      const texts = new Map(input.documents.map((doc) => [doc.id, doc.text]));
      const share: ThreadShare = {
        words: reply('words').then((message) => message.words),
        readMentionsWith: (vocabulary) => worker.postMessage(vocabulary),
        state: reply('state').then((message) => unpackState(message.state, texts)),
      };
      worker.postMessage(input);
      return share;
    },
    stop: () => worker.terminate(),
  };
}

/**
 * The thread that reads every document's mentions (core/analyze-parts.ts, readCorpusMentions)
 * while the main thread segments and aligns: started before the files are read, like an
 * analysis thread; `read` is called at most once.
 */
export interface MentionsThread {
  read: (documents: readonly AnalysisDocument[]) => Promise<Map<string, DocumentMentions>>;
  stop: () => Promise<number>;
}

export function startMentionsThread(): MentionsThread {
  const { worker, failed } = startThread('./mentions-thread.mjs');
  return {
    read: (documents) => {
      const texts = new Map(documents.map((doc) => [doc.id, doc.text]));
      const answer = new Promise<PackedMentions>((resolve) => worker.once('message', resolve));
      worker.postMessage(documents);
      return Promise.race([failed, answer]).then((packed) => unpackMentions(packed, texts));
    },
    stop: () => worker.terminate(),
  };
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
  const ownWords = own.map((doc) => lowerCaseWordsOf(doc.text));
  const ownSegments = segmentPart(own, includeBoilerplate);
  const vocabulary = new Set<string>();
  for (const words of ownWords) for (const word of words) vocabulary.add(word);
  for (const words of await Promise.all(started.map((thread) => thread.words))) for (const word of words) vocabulary.add(word);
  const corpusVocabulary = [...vocabulary];
  for (const share of started) share.readMentionsWith(corpusVocabulary);
  const ownState: AnalysisState = { ...ownSegments, mentions: readPartMentions(own, ownSegments.segments, ownWords, vocabulary) };
  return mergeAnalysisStates([ownState, ...(await Promise.all(started.map((thread) => thread.state)))]);
}
