// The CLI's mentions thread (parallel-analysis.ts, startMentionsThread): segments documents in
// turn with the main thread, then reads the mentions of every document while the main thread
// aligns them.
import { parentPort } from 'node:worker_threads';
import { readCorpusMentions } from '../core/analyze-parts';
import type { MentionsThreadReply } from './parallel-analysis';
import { segmentInTurn, type DocumentsInTurn } from './segment-in-turn';
import { mentionBuffers, packMentions, packPassages, passageBuffers, unpackPassages, type PackedPassages } from './thread-transport';

const port = parentPort;
if (!port) throw new Error('mentions-thread.ts runs as a worker thread (see parallel-analysis.ts)');
// The documents come as the first message (the thread starts before the files are read), the
// passages of those the main thread segmented as the second.
port.once('message', (input: DocumentsInTurn) => {
  const { documents } = input;
  const segments = segmentInTurn(input);
  const passages = packPassages(segments);
  port.postMessage({ kind: 'passages', passages } satisfies MentionsThreadReply, passageBuffers(passages));
  port.once('message', (others: PackedPassages) => {
    const all = new Map([...unpackPassages(others, new Map(documents.map((doc) => [doc.id, doc.text]))), ...segments]);
    const mentions = packMentions(readCorpusMentions(documents, all));
    port.postMessage({ kind: 'mentions', mentions } satisfies MentionsThreadReply, mentionBuffers(mentions));
    port.close();
  });
});
