// npm run bench: the alignment engine on synthetic corpora of 100, 1,000 and 2,000 documents,
// against the all-pairs diff-match-patch baseline, 1 and 10 documents added to 1,000 analysed
// from the kept state and from scratch (incremental-bench.ts), plus the CLI end to end on 1,000 files.
// npm run bench -- --incremental [--sizes 1000]: that addition table alone (or one of its rows).
// npm run bench -- --findings: the findings stage alone (findings-bench.ts), discrepant precision and
// recall on the fixture stories (findings-fixtures.ts); add --basil <path> for BASIL (basil-findings.ts).
// npm run bench -- --cli: the CLI alone, on 1,000 files and its start-up.
// npm run bench -- --relay: the desk relay under 10 clients × 200 edits (relay-bench.ts).
// npm run bench -- --compare: the compare screens in Chromium on a production build (compare-browser-bench.ts).
// npm run bench -- --browser [--sizes 1000,5000,10000] [--paths import,add,drop,stories,reader]: the production build in Chromium (browser-bench.ts),
// then the CLI on 1,000 files.
// npm run bench -- --stories: switching between a 5- and a 1,000-document story (stories-bench.ts).
// npm run bench -- --freeze [--case <words>]: the worst main-thread freeze per step in Chromium (freeze-bench.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { alignPassages } from '../src/core/align/align-passages';
import { analyzeCorpus } from '../src/core/analyze';
import { segmentDocument } from '../src/core/text/segment-document';
import type { AnalysisDocument } from '../src/core/model/document';
import { runBasilBench } from './basil-findings';
import { runBasilQuotesBench } from './basil-quotes';
import { runCompareBrowserBench } from './compare-browser-bench';
import { runSentenceAlignmentBench } from './compare-fixtures';
import { runBrowserBench } from './browser-bench';
import { runFindingsBench } from './findings-bench';
import { runFreezeBench } from './freeze-bench';
import { runFixtureBench } from './findings-fixtures';
import { runIncrementalBench } from './incremental-bench';
import { runRelayBench } from './relay-bench';
import { runStoriesBench } from './stories-bench';
import { runNaiveBaseline, type NaiveRun } from './naive-baseline';
import { buildSyntheticCorpus } from './synthetic-corpus';

const SIZES = [100, 1000, 2000];
/** Best of this many runs: the machine is shared, and the best run is the one least disturbed. */
const ALIGNMENT_RUNS = 3;

// A full collection before each timed run, so no run pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** The issue lets the baseline run up to 60 s per size; past it the run is extrapolated from the pairs done. */
const NAIVE_BUDGET_MS = 60_000;
const CLI_FILES = 1000;
const ROOT = resolve(import.meta.dirname, '..');
const SEED_DIR = join(ROOT, 'seeds');

interface Row {
  documents: number;
  megabytes: number;
  /** Segmentation and alignment: this benchmark's subject. */
  ms: number;
  /** analyzeCorpus as the CLI runs it, findings included. */
  fullMs: number;
  groups: number;
  naive: NaiveRun;
}

const megabytesOf = (docs: readonly AnalysisDocument[]): number => docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1e6;

function timeAlignment(docs: readonly AnalysisDocument[]): { ms: number; groups: number } {
  let best = Infinity;
  let groups = 0;
  for (let run = 0; run < ALIGNMENT_RUNS; run += 1) {
    collectGarbage();
    const started = performance.now();
    const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
    const passages = sorted.map((doc) => segmentDocument(doc.id, doc.text));
    groups = alignPassages(passages, new Map(sorted.map((doc) => [doc.id, doc.text])), { includeBoilerplate: false }).length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, groups };
}

function timeFullAnalysis(docs: AnalysisDocument[]): number {
  collectGarbage();
  const started = performance.now();
  analyzeCorpus(docs, { includeBoilerplate: false });
  return performance.now() - started;
}

function timeCli(docs: readonly AnalysisDocument[]): { ms: number; status: number | null; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    mkdirSync(join(dir, 'docs'));
    for (const doc of docs) writeFileSync(join(dir, 'docs', `${doc.id}.txt`), doc.text);
    const out = join(dir, 'out.json');
    // The command as the README gives it: compiled, reading a directory (built before the clock starts).
    spawnSync(process.execPath, [join(ROOT, 'bin/crosscheck.mjs'), '--help'], { cwd: ROOT });
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/crosscheck.mjs'), 'analyze', join(dir, 'docs')], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = performance.now() - started;
    writeFileSync(out, run.stdout ?? '');
    if (run.status !== 0) console.error(run.stderr);
    return { ms, status: run.status, bytes: Buffer.byteLength(run.stdout ?? '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const format = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function main(): void {
  timeAlignment(buildSyntheticCorpus(50, SEED_DIR, 7));
  // Alignment is timed for every size first: the naive baseline and the findings stage leave
  // caches and a larger heap behind that would slow whatever runs after them.
  const alignments = SIZES.map((size) => timeAlignment(buildSyntheticCorpus(size, SEED_DIR)));
  const rows: Row[] = SIZES.map((size, index) => {
    const docs = buildSyntheticCorpus(size, SEED_DIR);
    const alignment = alignments[index] as { ms: number; groups: number };
    const naive = runNaiveBaseline(docs, NAIVE_BUDGET_MS);
    return { documents: size, megabytes: megabytesOf(docs), ms: alignment.ms, fullMs: timeFullAnalysis(docs), groups: alignment.groups, naive };
  });
  console.log('Segmentation + alignment vs naive all-pairs diff-match-patch (synthetic corpus, seeded)\n');
  console.log('| documents | MB | align ms | MB/s | groups | naive ms | naive pairs done | speed-up | analyzeCorpus ms (with findings) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const naive = row.naive.finished ? format(row.naive.estimatedMs) : `~${format(row.naive.estimatedMs)} (extrapolated)`;
    console.log(
      `| ${format(row.documents)} | ${format(row.megabytes, 2)} | ${format(row.ms)} | ${format(row.megabytes / (row.ms / 1000), 2)} | ${format(row.groups)} | ${naive} | ${format(row.naive.pairsDone)} of ${format(row.naive.pairs)} | ${format(row.naive.estimatedMs / row.ms)}× | ${format(row.fullMs)} |`,
    );
  }
  const [, thousand, twoThousand] = rows;
  if (thousand && twoThousand) {
    console.log(`\nt(2000)/t(1000) = ${format(twoThousand.ms / thousand.ms, 2)} for alignment (target ≤ 2.3); ${format(twoThousand.fullMs / thousand.fullMs, 2)} for analyzeCorpus with findings`);
  }
  console.log(`Naive baseline budget: ${format(NAIVE_BUDGET_MS / 1000)} s per size; unfinished runs are extrapolated from the pairs done.`);
  runIncrementalBench(SEED_DIR, collectGarbage);
  reportCli();
  runSentenceAlignmentBench();
}

/** Wall time of `crosscheck --help`, the start-up alone: the median of several runs. */
function timeCliStart(runs = 7): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    spawnSync(process.execPath, [join(ROOT, 'bin/crosscheck.mjs'), '--help'], { cwd: ROOT });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

function reportCli(): void {
  const cli = timeCli(buildSyntheticCorpus(CLI_FILES, SEED_DIR));
  console.log(`CLI analyze on ${format(CLI_FILES)} files (wall, incl. start-up): ${format(cli.ms)} ms, exit ${cli.status}, ${format(cli.bytes / 1e6, 1)} MB of JSON (target < 1,500 ms)`);
  console.log(`CLI start-up (crosscheck --help, median of 7, wall): ${format(timeCliStart())} ms (target well under 300 ms)`);
}

if (process.argv.includes('--findings')) {
  runFindingsBench(SEED_DIR, collectGarbage);
  runFixtureBench();
  const basil = process.argv[process.argv.indexOf('--basil') + 1];
  if (process.argv.includes('--basil') && basil) {
    runBasilBench(basil);
    runBasilQuotesBench(basil, { list: false, all: false });
  }
}
else if (process.argv.includes('--relay')) await runRelayBench();
else if (process.argv.includes('--compare')) await runCompareBrowserBench();
else if (process.argv.includes('--browser')) {
  const sizes = process.argv.includes('--sizes') ? (process.argv[process.argv.indexOf('--sizes') + 1] ?? '').split(',').map(Number) : [1000, 5000, 10000];
  const paths = process.argv.includes('--paths') ? (process.argv[process.argv.indexOf('--paths') + 1] ?? '').split(',') : undefined;
  await runBrowserBench(ROOT, SEED_DIR, sizes, paths);
  reportCli();
}
else if (process.argv.includes('--stories')) await runStoriesBench(SEED_DIR);
else if (process.argv.includes('--freeze')) await runFreezeBench(ROOT, process.argv.includes('--case') ? (process.argv[process.argv.indexOf('--case') + 1] ?? null) : null);
else if (process.argv.includes('--incremental')) runIncrementalBench(SEED_DIR, collectGarbage, process.argv.includes('--sizes') ? (process.argv[process.argv.indexOf('--sizes') + 1] ?? '').split(',').map(Number) : undefined);
else if (process.argv.includes('--cli')) reportCli();
else main();
