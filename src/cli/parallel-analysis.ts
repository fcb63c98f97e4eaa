// The CLI's analysis over several threads. What each document gives on its own (passages, their
// alignment features, mentions: about three quarters of the work) is read in shares: the main
// thread reads the first share itself and worker threads the others (core/analyze-parts.ts); the
// main thread merges the shares' states and analyzeFrom aligns and compares across the corpus,
// so the result is the same as in one thread. The threads run the compiled CLI
// (scripts/build-cli.mjs).
import { Worker } from 'node:worker_threads';
import { emptyAnalysisState, type AnalysisState } from '../core/analyze';
import { mergeAnalysisStates, readPartMentions, segmentPart } from '../core/analyze-parts';
import { lowerCaseWordsOf } from '../core/findings/extract-mentions';
import type { AlignmentGroup } from '../core/model/analysis';
import type { AnalysisDocument } from '../core/model/document';
import type { CliDocument } from './cli-json';
import { segmentInTurn, type DocumentsInTurn } from './segment-in-turn';
import { packPassages, passageBuffers, unpackPassages, unpackState, type PackedPassages, type PackedState } from './thread-transport';

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

/** A worker thread on one of the compiled CLI's thread files, and its reply of a kind (or its first failure: an error, or an exit before it answered). */
function startThread<Reply extends { kind: string }>(file: string) {
  const worker = new Worker(new URL(file, import.meta.url));
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`an analysis thread stopped (exit code ${code}) before it finished`)));
  });
  // Whichever reply is awaited reports the failure.
  failed.catch(() => undefined);
  const reply = <K extends Reply['kind']>(kind: K): Promise<Extract<Reply, { kind: K }>> =>
    Promise.race([failed, new Promise<Extract<Reply, { kind: K }>>((resolve) => worker.on('message', (message: Reply) => message.kind === kind && resolve(message as Extract<Reply, { kind: K }>)))]);
  return { worker, reply };
}

export function startAnalysisThread(): AnalysisThread {
  const { worker, reply } = startThread<ThreadReply>('./analysis-thread.mjs');
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

export type MentionsThreadReply = { kind: 'passages'; passages: PackedPassages } | { kind: 'findings'; json: Uint8Array<ArrayBuffer> };

/**
 * The thread that reads every document's mentions while the main thread aligns (the default of
 * two threads), and then computes the findings where the mentions are: sent across, they took
 * longer to pack, copy and unpack than the findings take. Started before the files are read, like
 * an analysis thread. It first segments documents in turn with the main thread (segmentInTurn);
 * each is called at most once, in this order.
 */
export interface MentionsThread {
  segment: (input: DocumentsInTurn<CliDocument>) => Promise<AnalysisState['segments']>;
  /** Given the passages of the documents the main thread segmented, reads every document's mentions. */
  readMentions: (segments: AnalysisState['segments']) => void;
  /** The findings over the groups aligned from the passages of all documents, as the CLI's JSON writes them (cliFindingsJson), in UTF-8. */
  findingsJson: (groups: AlignmentGroup[]) => Promise<Uint8Array>;
  stop: () => Promise<number>;
}

export function startMentionsThread(): MentionsThread {
  const { worker, reply } = startThread<MentionsThreadReply>('./mentions-thread.mjs');
  return {
    segment: (input) => {
      const texts = new Map(input.documents.map((doc) => [doc.id, doc.text]));
      worker.postMessage(input);
      return reply('passages').then((message) => unpackPassages(message.passages, texts));
    },
    readMentions: (segments) => {
      const passages = packPassages(segments);
      worker.postMessage(passages, passageBuffers(passages));
    },
    findingsJson: (groups) => {
      worker.postMessage(groups);
      return reply('findings').then((message) => message.json);
    },
    stop: () => worker.terminate(),
  };
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
