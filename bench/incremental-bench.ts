// Issue 18: one or ten documents added to a 1,000-document corpus, analysed from the state the
// first analysis kept (analyzeFrom) and from scratch (analyzeCorpus). Both give the same result;
// the bench checks that too. Best of a few runs each, with a full collection before each run.
import { analyzeCorpus, analyzeFrom, emptyAnalysisState } from '../src/core/analyze';
import type { AnalysisDocument } from '../src/core/model/document';
import { buildSyntheticCorpus } from './synthetic-corpus';

const BASE_DOCUMENTS = 1000;
const ADDED = [1, 10];
const RUNS = 3;

export interface IncrementalRow {
  added: number;
  incrementalMs: number;
  scratchMs: number;
  same: boolean;
}

function best(runs: number, collectGarbage: () => void, run: () => void): number {
  let fastest = Infinity;
  for (let index = 0; index < runs; index += 1) {
    collectGarbage();
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

export function measureIncremental(seedDir: string, collectGarbage: () => void): IncrementalRow[] {
  const corpus = buildSyntheticCorpus(BASE_DOCUMENTS + Math.max(...ADDED), seedDir);
  const base = corpus.slice(0, BASE_DOCUMENTS);
  const options = { includeBoilerplate: false };
  const { state } = analyzeFrom(emptyAnalysisState(), base, options);
  return ADDED.map((added) => {
    const documents: AnalysisDocument[] = corpus.slice(0, BASE_DOCUMENTS + added);
    const incremental = analyzeFrom(state, documents, options).result;
    const scratch = analyzeCorpus(documents, options);
    return {
      added,
      incrementalMs: best(RUNS, collectGarbage, () => analyzeFrom(state, documents, options)),
      scratchMs: best(RUNS, collectGarbage, () => analyzeCorpus(documents, options)),
      same: JSON.stringify(incremental) === JSON.stringify(scratch),
    };
  });
}

export function runIncrementalBench(seedDir: string, collectGarbage: () => void): void {
  const format = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`\nAdding documents to ${format(BASE_DOCUMENTS)} (synthetic corpus, analyzeCorpus with findings; best of ${RUNS})\n`);
  console.log('| what | incremental ms | from scratch ms | speed-up | same result |');
  console.log('|---|---:|---:|---:|---|');
  for (const row of measureIncremental(seedDir, collectGarbage)) {
    console.log(
      `| ${format(BASE_DOCUMENTS)} documents + ${row.added} added | ${format(row.incrementalMs)} | ${format(row.scratchMs)} | ${(row.scratchMs / row.incrementalMs).toFixed(1)}× | ${row.same ? 'yes' : 'NO'} |`,
    );
  }
}
