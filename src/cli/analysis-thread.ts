// One thread of the CLI's analysis (parallel-analysis.ts): segments its share of the documents,
// then reads their mentions against the corpus vocabulary the main thread sends back.
import { parentPort } from 'node:worker_threads';
import { readPartMentions, segmentPart } from '../core/analyze-parts';
import { LowerCaseWordReader } from '../core/findings/lower-case-vocabulary';
import type { ThreadInput, ThreadReply } from './analysis-threads';
import { packState, stateBuffers } from './thread-transport';

const port = parentPort;
if (!port) throw new Error('analysis-thread.ts runs as a worker thread (see parallel-analysis.ts)');
// The share comes as the first message (the thread starts before the files are read), the
// corpus vocabulary as the second.
port.once('message', ({ documents, includeBoilerplate }: ThreadInput) => {
  // The words first, so the main thread gathers the corpus vocabulary while the threads segment.
  const wordReader = new LowerCaseWordReader();
  const lowerCaseWords = documents.map((doc) => wordReader.wordsOf(doc.text));
  port.postMessage({ kind: 'words', words: [...new Set(lowerCaseWords.flatMap((words) => [...words]))] } satisfies ThreadReply);
  const { segments, features } = segmentPart(documents, includeBoilerplate);
  port.once('message', (vocabulary: string[]) => {
    const state = packState({ segments, features, mentions: readPartMentions(documents, segments, lowerCaseWords, new Set(vocabulary)) });
    port.postMessage({ kind: 'state', state } satisfies ThreadReply, stateBuffers(state));
    port.close();
  });
});
