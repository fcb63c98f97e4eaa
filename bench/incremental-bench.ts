// Issue 18: one document added to 1,000 and to 5,000 documents of the synthetic corpus, analysed
// from scratch (analyzeCorpus), from the state the first analysis kept in memory (analyzeFrom, as
// the worker that ran it does), and after a reload: the state stored as the worker stores it
// (analysisStateRecord next to the result; v8 serialisation is the structured clone IndexedDB
// uses), read back, restored and analysed from. All three give the same result; the bench checks
// that too. Last, a date edited instead (the kept alignment is then taken over whole). Best of a
// few runs each (one at 5,000), with a full collection before each run.
import { deserialize, serialize } from 'node:v8';
import { analyzeCorpus, analyzeFrom, emptyAnalysisState, type AnalysisRun } from '../src/core/analyze';
import { analysisStateRecord, restoreAnalysisState } from '../src/core/analysis-state-record';
import type { AnalysisResult } from '../src/core/model/analysis';
import type { AnalysisDocument } from '../src/core/model/document';
import { buildSyntheticCorpus } from './synthetic-corpus';

const CASES = [
  { base: 1000, runs: 2 },
  { base: 5000, runs: 1 },
];
const ADDED = 1;

export interface IncrementalRow {
  base: number;
  runs: number;
  scratchMs: number;
  keptMs: number;
  /** Reading the stored state and result back and restoring the state. */
  restoreMs: number;
  /** Analysing from the restored state. */
  reloadedMs: number;
  storedMegabytes: number;
  /** A date edited on one of the `base` documents, from the kept state. */
  redatedMs: number;
  same: boolean;
}

function best<T>(runs: number, collectGarbage: () => void, run: () => T): { ms: number; value: T } {
  let fastest = Infinity;
  let value: T | undefined;
  for (let index = 0; index < runs; index += 1) {
    collectGarbage();
    const started = performance.now();
    value = run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, value: value as T };
}

/** Texts stand in for their hashes (the worker hashes them with SHA-256); restoring only compares them. */
const textsOf = (documents: readonly AnalysisDocument[]) => new Map(documents.map((doc) => [doc.id, doc.text]));

function measureCase(corpus: readonly AnalysisDocument[], base: number, runs: number, collectGarbage: () => void): IncrementalRow {
  const before = corpus.slice(0, base);
  const documents = corpus.slice(0, base + ADDED);
  const options = { includeBoilerplate: false };
  const first = analyzeFrom(emptyAnalysisState(), before, options);
  const stored = { state: serialize(analysisStateRecord(first.state, textsOf(before))), result: serialize(first.result) };
  const restore = () => restoreAnalysisState(deserialize(stored.state), documents, textsOf(documents), (deserialize(stored.result) as AnalysisResult).passages);

  const scratch = best(runs, collectGarbage, () => analyzeCorpus(documents, options));
  const kept = best(runs, collectGarbage, () => analyzeFrom(first.state, documents, options));
  const restored = best(runs, collectGarbage, restore);
  const reloaded = best<AnalysisRun>(runs, collectGarbage, () => analyzeFrom(restored.value, documents, options));
  const redatedDocuments = before.map((doc, index) => (index === 0 ? { ...doc, published: '1999-12-31' } : doc));
  const redated = best(runs, collectGarbage, () => analyzeFrom(first.state, redatedDocuments, options));
  const json = JSON.stringify(scratch.value);
  return {
    base,
    runs,
    scratchMs: scratch.ms,
    keptMs: kept.ms,
    restoreMs: restored.ms,
    reloadedMs: reloaded.ms,
    storedMegabytes: stored.state.length / 1e6,
    redatedMs: redated.ms,
    same:
      JSON.stringify(kept.value.result) === json &&
      JSON.stringify(reloaded.value.result) === json &&
      reloaded.value.segmented.length === ADDED &&
      !redated.value.aligned &&
      JSON.stringify(redated.value.result) === JSON.stringify(analyzeCorpus(redatedDocuments, options)),
  };
}

/** Measures each case in turn, handing each row over as soon as it is measured (the 5,000 case takes minutes). */
export function measureIncremental(seedDir: string, collectGarbage: () => void, onRow: (row: IncrementalRow) => void): void {
  const corpus = buildSyntheticCorpus(Math.max(...CASES.map((c) => c.base)) + ADDED, seedDir);
  for (const { base, runs } of CASES) onRow(measureCase(corpus, base, runs, collectGarbage));
}

export function runIncrementalBench(seedDir: string, collectGarbage: () => void): void {
  const format = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\nAdding ${ADDED} document (synthetic corpus, the whole analysis with findings)\n`);
  console.log('| what | from scratch | from the kept state | after a reload: restore + analyse | stored state | a date edited instead, from the kept state | same result |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  measureIncremental(seedDir, collectGarbage, (row) =>
    console.log(
      `| ${format(row.base)} documents + ${ADDED} (best of ${row.runs}) | ${seconds(row.scratchMs)} | ${seconds(row.keptMs)} (${(row.scratchMs / row.keptMs).toFixed(1)}×) | ${seconds(row.restoreMs)} + ${seconds(row.reloadedMs)} (${(row.scratchMs / (row.restoreMs + row.reloadedMs)).toFixed(1)}×) | ${format(row.storedMegabytes)} MB | ${seconds(row.redatedMs)} | ${row.same ? 'yes' : 'NO'} |`,
    ),
  );
}
