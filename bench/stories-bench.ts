// npm run bench -- --stories: switching between a 5-document and a 1,000-document story, measured
// on the state layer in Node (no browser bench exists in this repository). What a switch costs
// before the view is usable:
//   1. open  — the story's Y.Doc is built from its stored updates (what y-indexeddb does the first
//              time a story is shown in a tab; later switches find the doc open);
//   2. read  — the documents and claims stores project the doc (readDocuments, readClaims) and the
//              library order is sorted;
//   3. key   — the analysis cache key of the story's documents (fingerprint and its SHA-256): the
//              stored result under that key is shown without analysing again.
// What the cache spares is the analysis itself (npm run bench: about 1.6 s for 1,000 documents).
// Rendering is not included; the sources list is virtualised, so it draws about ten rows whatever
// the story's size.
import * as Y from 'yjs';
import type { SourceDocument } from '../src/core/model/document';
import { testDocument } from '../src/core/model/test-records';
import { analysisQueryKey, analysisStorageKey } from '../src/data/analysis-query';
import { documentEdits } from '../src/state/story-edits';
import { readClaims, readDocuments, storyMaps } from '../src/state/story-layout';
import { buildSyntheticCorpus } from './synthetic-corpus';
import { createHash } from 'node:crypto';

const RUNS = 7;

function storedStory(size: number, seedDir: string): Uint8Array {
  const doc = new Y.Doc();
  const documents: SourceDocument[] = buildSyntheticCorpus(size, seedDir, 7 + size).map((item) =>
    testDocument(item.id, {
      title: item.title,
      outlet: 'Bench Wire',
      published: item.published,
      text: item.text,
      contentHash: createHash('sha256').update(item.text, 'utf8').digest('hex'),
      updatedAt: '2026-11-30T00:00:00.000Z',
    }),
  );
  documentEdits.addDocuments(storyMaps(doc), null, documents);
  return Y.encodeStateAsUpdate(doc);
}

interface Switch {
  openMs: number;
  readMs: number;
  keyMs: number;
}

async function switchTo(stored: Uint8Array, open: Y.Doc | null): Promise<Switch & { doc: Y.Doc }> {
  let started = performance.now();
  const doc = open ?? new Y.Doc();
  if (!open) Y.applyUpdate(doc, stored);
  const openMs = performance.now() - started;
  started = performance.now();
  const maps = storyMaps(doc);
  const documents = Object.values(readDocuments(maps).documents)
    .filter((item) => item.removedAt === null)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  readClaims(maps);
  const readMs = performance.now() - started;
  started = performance.now();
  await analysisStorageKey(analysisQueryKey(documents, { includeBoilerplate: false }));
  return { doc, openMs, readMs, keyMs: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function runStoriesBench(seedDir: string): Promise<void> {
  const small = storedStory(5, seedDir);
  const large = storedStory(1000, seedDir);
  const first: Switch[] = [];
  const again: Switch[] = [];
  const back: Switch[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const smallOpen = await switchTo(small, null);
    const largeFirst = await switchTo(large, null);
    first.push(largeFirst);
    back.push(await switchTo(small, smallOpen.doc));
    again.push(await switchTo(large, largeFirst.doc));
  }
  const row = (label: string, runs: Switch[]) => {
    const total = median(runs.map((run) => run.openMs + run.readMs + run.keyMs));
    console.log(`${label.padEnd(46)} open ${ms(median(runs.map((r) => r.openMs))).padStart(9)}  read ${ms(median(runs.map((r) => r.readMs))).padStart(9)}  key ${ms(median(runs.map((r) => r.keyMs))).padStart(8)}  total ${ms(total).padStart(9)}`);
  };
  console.log(`Switching stories (median of ${RUNS}; ${(large.byteLength / 1e6).toFixed(1)} MB stored for the 1,000-document story)`);
  row('5 → 1,000 documents, first time in the tab', first);
  row('1,000 → 5 documents', back);
  row('5 → 1,000 documents, doc already open', again);
}
