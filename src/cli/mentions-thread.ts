// The CLI's mentions thread (analysis-threads.ts, startMentionsThread): segments documents in
// turn with the main thread, reads the mentions of every document while the main thread aligns
// them, then, given the groups, computes the findings and writes their JSON.
import { parentPort } from 'node:worker_threads';
import { findingsApart, readApart } from '../core/analyze-parts';
import type { AlignmentGroup } from '../core/model/analysis';
import { cliFindingsJson, type CliDocument } from './cli-json';
import type { MentionsThreadReply } from './analysis-threads';
import { segmentInTurn, type DocumentsInTurn } from './segment-in-turn';
import { packPassages, passageBuffers, unpackPassages, type PackedPassages } from './thread-transport';

const port = parentPort;
if (!port) throw new Error('mentions-thread.ts runs as a worker thread (see parallel-analysis.ts)');
// The documents come as the first message (the thread starts before the files are read), the
// passages of those the main thread segmented as the second, the aligned groups as the third.
port.once('message', (input: DocumentsInTurn<CliDocument>) => {
  const { documents } = input;
  const segments = segmentInTurn(input);
  const passages = packPassages(segments);
  port.postMessage({ kind: 'passages', passages } satisfies MentionsThreadReply, passageBuffers(passages));
  port.once('message', (others: PackedPassages) => {
    const all = new Map([...unpackPassages(others, new Map(documents.map((doc) => [doc.id, doc.text]))), ...segments]);
    const reading = readApart(documents, all);
    // It needs no groups: read now, while the main thread aligns, rather than after.
    reading.counterpartSentences();
    port.once('message', (groups: AlignmentGroup[]) => {
      // As UTF-8 bytes, moved rather than copied: cloned, the string took longer than writing it.
      const json = new TextEncoder().encode(cliFindingsJson(findingsApart(reading, groups).findings, documents));
      port.postMessage({ kind: 'findings', json } satisfies MentionsThreadReply, [json.buffer]);
      port.close();
    });
  });
});
