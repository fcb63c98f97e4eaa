// The CLI's analysis over several threads. What each document gives on its own (passages, their
// alignment features, mentions: about three quarters of the work) is read in worker threads,
// each taking a share of the documents (core/analyze-parts.ts); the main thread merges the
// shares' states and analyzeFrom aligns and compares across the corpus, so the result is the
// same as in one thread. The threads run the compiled CLI (scripts/build-cli.mjs).
import { Worker } from 'node:worker_threads';
import type { AnalysisState } from '../core/analyze';
import { mergeAnalysisStates } from '../core/analyze-parts';
import type { AnalysisDocument } from '../core/model/document';
import { unpackState, type PackedState } from './thread-transport';

export interface ThreadInput {
  documents: AnalysisDocument[];
  includeBoilerplate: boolean;
}

export type ThreadReply = { kind: 'words'; words: string[] } | { kind: 'state'; state: PackedState };

/** `threads` shares of about the same length of text. */
function shares(docs: readonly AnalysisDocument[], threads: number): AnalysisDocument[][] {
  const parts = Array.from({ length: Math.min(threads, docs.length) }, () => ({ docs: [] as AnalysisDocument[], length: 0 }));
  for (const doc of [...docs].sort((a, b) => b.text.length - a.text.length)) {
    const lightest = parts.reduce((least, part) => (part.length < least.length ? part : least));
    lightest.docs.push(doc);
    lightest.length += doc.text.length;
  }
  return parts.map((part) => part.docs);
}

function startThread(input: ThreadInput, onWords: (words: string[]) => void): { worker: Worker; state: Promise<AnalysisState> } {
  const worker = new Worker(new URL('./analysis-thread.mjs', import.meta.url), { workerData: input });
  const texts = new Map(input.documents.map((doc) => [doc.id, doc.text]));
  const state = new Promise<AnalysisState>((resolve, reject) => {
    worker.on('message', (message: ThreadReply) => (message.kind === 'words' ? onWords(message.words) : resolve(unpackState(message.state, texts))));
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`an analysis thread stopped (exit code ${code}) before it finished`)));
  });
  return { worker, state };
}

/** The state of `docs` read in `threads` threads, for analyzeFrom (which then reads nothing again). */
export async function prepareInThreads(docs: readonly AnalysisDocument[], threads: number, includeBoilerplate: boolean): Promise<AnalysisState> {
  const parts = shares(docs, threads);
  const vocabulary = new Set<string>();
  let answered = 0;
  const started = parts.map((documents) =>
    startThread({ documents, includeBoilerplate }, (words) => {
      for (const word of words) vocabulary.add(word);
      answered += 1;
      if (answered < parts.length) return;
      const corpusVocabulary = [...vocabulary];
      for (const thread of started) thread.worker.postMessage(corpusVocabulary);
    }),
  );
  return mergeAnalysisStates(await Promise.all(started.map((thread) => thread.state)));
}
