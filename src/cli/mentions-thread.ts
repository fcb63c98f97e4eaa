// The CLI's mentions thread (parallel-analysis.ts, startMentionsThread): segments its share of the
// documents for the main thread, then reads the mentions of every document while the main thread
// aligns them.
import { parentPort } from 'node:worker_threads';
import { readCorpusMentions } from '../core/analyze-parts';
import { corpusSegmenter } from '../core/text/segment-document';
import type { MentionsThreadInput, MentionsThreadReply } from './parallel-analysis';
import { mentionBuffers, packMentions, packPassages, passageBuffers, unpackPassages, type PackedPassages } from './thread-transport';

const port = parentPort;
if (!port) throw new Error('mentions-thread.ts runs as a worker thread (see parallel-analysis.ts)');
// The documents come as the first message (the thread starts before the files are read), the
// passages of the main thread's share as the second.
port.once('message', ({ documents, from }: MentionsThreadInput) => {
  const segment = corpusSegmenter();
  const segments = new Map(documents.slice(from).map((doc) => [doc.id, { text: doc.text, passages: segment(doc.id, doc.text) }]));
  const passages = packPassages(segments);
  port.postMessage({ kind: 'passages', passages } satisfies MentionsThreadReply, passageBuffers(passages));
  port.once('message', (others: PackedPassages) => {
    const all = new Map([...unpackPassages(others, new Map(documents.map((doc) => [doc.id, doc.text]))), ...segments]);
    const mentions = packMentions(readCorpusMentions(documents, all));
    port.postMessage({ kind: 'mentions', mentions } satisfies MentionsThreadReply, mentionBuffers(mentions));
    port.close();
  });
});
