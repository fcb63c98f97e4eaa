// Starting the CLI's analysis threads (parallel-analysis.ts says what each does) and talking to
// them. Apart from the engine: `analyze` starts them before it loads the engine, so that loading
// it in them overlaps loading it in the main thread. The threads run the compiled CLI
// (scripts/build-cli.mjs).
import { Worker } from 'node:worker_threads';
import type { AnalysisState } from '../core/analyze';
import type { AlignmentGroup } from '../core/model/analysis';
import type { AnalysisDocument } from '../core/model/document';
import type { CliDocument } from './cli-json';
import type { DocumentsInTurn } from './segment-in-turn';
import { packPassages, passageBuffers, unpackPassages, unpackState, type PackedPassages, type PackedState } from './thread-transport';

export interface ThreadInput {
  documents: AnalysisDocument[];
  includeBoilerplate: boolean;
}

export type ThreadReply = { kind: 'words'; words: string[] } | { kind: 'state'; state: PackedState };

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
