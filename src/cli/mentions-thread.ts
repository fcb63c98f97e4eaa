// The CLI's mentions thread (parallel-analysis.ts, startMentionsThread): reads the mentions of
// every document while the main thread segments and aligns them.
import { parentPort } from 'node:worker_threads';
import { readCorpusMentions } from '../core/analyze-parts';
import type { AnalysisDocument } from '../core/model/document';
import { packMentions, type PackedMentions } from './thread-transport';

const port = parentPort;
if (!port) throw new Error('mentions-thread.ts runs as a worker thread (see parallel-analysis.ts)');
// The documents come as the one message (the thread starts before the files are read).
port.once('message', (documents: AnalysisDocument[]) => {
  port.postMessage(packMentions(readCorpusMentions(documents)) satisfies PackedMentions);
  port.close();
});
