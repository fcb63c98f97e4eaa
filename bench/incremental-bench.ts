// Issue 18: one document added to 1,000 and to 5,000 documents of the synthetic corpus, analysed
// from scratch (analyzeCorpus), from the state the first analysis kept in memory (analyzeFrom, as
// the worker that ran it does), and after a reload: the state stored as the worker stores it
// (analysisStateRecord next to the result; v8 serialisation is the structured clone IndexedDB
// uses), read back, restored and analysed from. All three give the same result; the bench checks
// that too. Last, a date edited instead (the kept alignment is then taken over whole). Best of a
// few runs each (one at 5,000), with a full collection before each run. And the same date edit as
// the first after a reload: from the stored state restored, which holds the kept alignment and the
// findings memo (core/analysis-state-record.ts, version 3). The CPU time of the same
// runs is printed too, since wall time on the shared machine moves with its load.
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
  /** The same date edit as the first after a reload: restore, then analyse from the restored state (its alignment and findings memo taken). */
  redatedRestoreMs: number;
  redatedReloadedMs: number;
  /** CPU time (user + system) of the fastest run of: the kept state, the restored state, the date edit, the date edit after a reload (restore, analyse). */
  cpuMs: { kept: number; reloaded: number; redated: number; redatedRestore: number; redatedReloaded: number };
  same: boolean;
}

function best<T>(runs: number, collectGarbage: () => void, run: () => T): { ms: number; cpuMs: number; value: T } {
  let fastest = Infinity;
  let cpuMs = Infinity;
  let value: T | undefined;
  for (let index = 0; index < runs; index += 1) {
    collectGarbage();
    const started = performance.now();
    const cpu = process.cpuUsage();
    value = run();
    const { user, system } = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    if (ms < fastest) {
      fastest = ms;
      cpuMs = (user + system) / 1000;
    }
  }
  return { ms: fastest, cpuMs, value: value as T };
}

/** Texts stand in for their hashes (the worker hashes them with SHA-256); restoring only compares them. */
const textsOf = (documents: readonly AnalysisDocument[]) => new Map(documents.map((doc) => [doc.id, doc.text]));

function measureCase(corpus: readonly AnalysisDocument[], base: number, runs: number, collectGarbage: () => void): IncrementalRow {
  const before = corpus.slice(0, base);
  const documents = corpus.slice(0, base + ADDED);
  const options = { includeBoilerplate: false };
  const first = analyzeFrom(emptyAnalysisState(), before, options);
  const stored = { state: serialize(analysisStateRecord(first.state, textsOf(before))), result: serialize(first.result) };
  const restore = () => restoreAnalysisState(deserialize(stored.state), documents, textsOf(documents), deserialize(stored.result) as AnalysisResult);

  const scratch = best(runs, collectGarbage, () => analyzeCorpus(documents, options));
  const kept = best(runs, collectGarbage, () => analyzeFrom(first.state, documents, options));
  const restored = best(runs, collectGarbage, restore);
  const reloaded = best<AnalysisRun>(runs, collectGarbage, () => analyzeFrom(restored.value, documents, options));
  const redatedDocuments = before.map((doc, index) => (index === 0 ? { ...doc, published: '1999-12-31' } : doc));
  const redated = best(runs, collectGarbage, () => analyzeFrom(first.state, redatedDocuments, options));
  const restoreRedated = () => restoreAnalysisState(deserialize(stored.state), redatedDocuments, textsOf(redatedDocuments), deserialize(stored.result) as AnalysisResult);
  const redatedRestored = best(runs, collectGarbage, restoreRedated);
  const redatedReloaded = best<AnalysisRun>(runs, collectGarbage, () => analyzeFrom(redatedRestored.value, redatedDocuments, options));
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
    redatedRestoreMs: redatedRestored.ms,
    redatedReloadedMs: redatedReloaded.ms,
    cpuMs: { kept: kept.cpuMs, reloaded: reloaded.cpuMs, redated: redated.cpuMs, redatedRestore: redatedRestored.cpuMs, redatedReloaded: redatedReloaded.cpuMs },
    same:
      JSON.stringify(kept.value.result) === json &&
      JSON.stringify(reloaded.value.result) === json &&
      reloaded.value.segmented.length === ADDED &&
      !redated.value.aligned &&
      JSON.stringify(redated.value.result) === JSON.stringify(analyzeCorpus(redatedDocuments, options)) &&
      JSON.stringify(redatedReloaded.value.result) === JSON.stringify(redated.value.result),
  };
}

/** Measures each case in turn, handing each row over as soon as it is measured (the 5,000 case takes minutes). */
export function measureIncremental(seedDir: string, collectGarbage: () => void, onRow: (row: IncrementalRow) => void, bases?: readonly number[]): void {
  const cases = bases ? CASES.filter((c) => bases.includes(c.base)) : CASES;
  const corpus = buildSyntheticCorpus(Math.max(...cases.map((c) => c.base)) + ADDED, seedDir);
  for (const { base, runs } of cases) onRow(measureCase(corpus, base, runs, collectGarbage));
}

/** `bases`: only these of the cases (1,000 and 5,000), e.g. from `--sizes 1000`. */
export function runIncrementalBench(seedDir: string, collectGarbage: () => void, bases?: readonly number[]): void {
  const format = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\nAdding ${ADDED} document (synthetic corpus, the whole analysis with findings)\n`);
  console.log('| what | from scratch | from the kept state | after a reload: restore + analyse | stored state | a date edited instead, from the kept state | the same date edit after a reload: restore + analyse | same result |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  const rows: IncrementalRow[] = [];
  measureIncremental(
    seedDir,
    collectGarbage,
    (row) => {
      rows.push(row);
      console.log(
        `| ${format(row.base)} documents + ${ADDED} (best of ${row.runs}) | ${seconds(row.scratchMs)} | ${seconds(row.keptMs)} (${(row.scratchMs / row.keptMs).toFixed(1)}×) | ${seconds(row.restoreMs)} + ${seconds(row.reloadedMs)} (${(row.scratchMs / (row.restoreMs + row.reloadedMs)).toFixed(1)}×) | ${format(row.storedMegabytes)} MB | ${seconds(row.redatedMs)} | ${seconds(row.redatedRestoreMs)} + ${seconds(row.redatedReloadedMs)} | ${row.same ? 'yes' : 'NO'} |`,
      );
    },
    bases,
  );
  console.log('\nCPU time of the same runs (user + system): from the kept state / from the restored state / a date edited / the same date edit after a reload (restore + analyse)\n');
  for (const row of rows) {
    const { kept, reloaded, redated, redatedRestore, redatedReloaded } = row.cpuMs;
    console.log(`${format(row.base)} documents + ${ADDED}: ${seconds(kept)} / ${seconds(reloaded)} / ${seconds(redated)} / ${seconds(redatedRestore)} + ${seconds(redatedReloaded)}`);
  }
}
