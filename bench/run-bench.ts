// npm run bench: the alignment engine on synthetic corpora of 100, 1,000 and 2,000 documents,
// against the all-pairs diff-match-patch baseline, plus the CLI end to end on 1,000 files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeCorpus } from '../src/core/analyze';
import type { AnalysisDocument } from '../src/core/model/document';
import { runNaiveBaseline, type NaiveRun } from './naive-baseline';
import { buildSyntheticCorpus } from './synthetic-corpus';

const SIZES = [100, 1000, 2000];
/** The baseline gets this long per size; past it the run is extrapolated from the pairs done. */
const NAIVE_BUDGET_MS = 20_000;
const CLI_FILES = 1000;
const ROOT = resolve(import.meta.dirname, '..');
const SEED_DIR = join(ROOT, 'seeds');

interface Row {
  documents: number;
  megabytes: number;
  ms: number;
  groups: number;
  naive: NaiveRun;
}

const megabytesOf = (docs: readonly AnalysisDocument[]): number => docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1e6;

function timeEngine(docs: AnalysisDocument[]): { ms: number; groups: number } {
  const started = performance.now();
  const result = analyzeCorpus(docs, { includeBoilerplate: false });
  return { ms: performance.now() - started, groups: result.groups.length };
}

function timeCli(docs: readonly AnalysisDocument[]): { ms: number; status: number | null; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    mkdirSync(join(dir, 'docs'));
    const files = docs.map((doc) => {
      const file = join(dir, 'docs', `${doc.id}.txt`);
      writeFileSync(file, doc.text);
      return file;
    });
    const out = join(dir, 'out.json');
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'analyze', ...files], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
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
  timeEngine(buildSyntheticCorpus(50, SEED_DIR, 7));
  const rows: Row[] = [];
  for (const size of SIZES) {
    const docs = buildSyntheticCorpus(size, SEED_DIR);
    const engine = timeEngine(docs);
    const naive = runNaiveBaseline(docs, NAIVE_BUDGET_MS);
    rows.push({ documents: size, megabytes: megabytesOf(docs), ms: engine.ms, groups: engine.groups, naive });
  }
  console.log('Alignment engine vs naive all-pairs diff-match-patch (synthetic corpus, seeded)\n');
  console.log('| documents | MB | engine ms | MB/s | groups | naive ms | naive pairs done | speed-up |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const naive = row.naive.finished ? format(row.naive.estimatedMs) : `~${format(row.naive.estimatedMs)} (extrapolated)`;
    console.log(`| ${format(row.documents)} | ${format(row.megabytes, 2)} | ${format(row.ms)} | ${format(row.megabytes / (row.ms / 1000), 2)} | ${format(row.groups)} | ${naive} | ${format(row.naive.pairsDone)} of ${format(row.naive.pairs)} | ${format(row.naive.estimatedMs / row.ms)}× |`);
  }
  const [, thousand, twoThousand] = rows;
  if (thousand && twoThousand) console.log(`\nt(2000)/t(1000) = ${format(twoThousand.ms / thousand.ms, 2)} (target ≤ 2.3)`);
  console.log(`Naive baseline budget: ${format(NAIVE_BUDGET_MS / 1000)} s per size; unfinished runs are extrapolated from the pairs done.`);
  const cli = timeCli(buildSyntheticCorpus(CLI_FILES, SEED_DIR));
  console.log(`CLI analyze on ${format(CLI_FILES)} files (wall, incl. start-up): ${format(cli.ms)} ms, exit ${cli.status}, ${format(cli.bytes / 1e6, 1)} MB of JSON (target < 3,000 ms)`);
}

main();
