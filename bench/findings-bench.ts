// `npm run bench -- --findings`: the findings stage alone, on the synthetic corpus as it is
// (undated, as the CLI reads bare files) and with publication dates spread over a year, which
// makes every relative date ("last year", "a year ago") resolve and so be compared.
import { alignPassages } from '../src/core/align/align-passages';
import { findDisagreements } from '../src/core/findings/find-disagreements';
import type { Passage } from '../src/core/model/analysis';
import type { AnalysisDocument } from '../src/core/model/document';
import { segmentDocument } from '../src/core/text/segment-document';
import { buildSyntheticCorpus } from './synthetic-corpus';

const SIZES = [1000, 2000, 4000];
/** Best of this many runs: the machine is shared, and the best run is the one least disturbed. */
const RUNS = 3;

function withDates(docs: AnalysisDocument[]): AnalysisDocument[] {
  return docs.map((doc, index) => ({ ...doc, published: `2023-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}` }));
}

function timeFindings(docs: AnalysisDocument[], collectGarbage: () => void): { ms: number; findings: number } {
  const passages: Record<string, Passage[]> = Object.fromEntries(docs.map((doc) => [doc.id, segmentDocument(doc.id, doc.text)]));
  const groups = alignPassages(docs.map((doc) => passages[doc.id] ?? []), new Map(docs.map((doc) => [doc.id, doc.text])), { includeBoilerplate: false });
  let best = Infinity;
  let findings = 0;
  for (let run = 0; run < RUNS; run += 1) {
    collectGarbage();
    const started = performance.now();
    findings = findDisagreements(docs, { passages, groups }).findings.length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, findings };
}

export function runFindingsBench(seedDir: string, collectGarbage: () => void): void {
  console.log('Findings stage alone (findDisagreements; segmentation and alignment done beforehand)\n');
  console.log('| documents | undated ms | findings | dated ms | findings |');
  console.log('|---:|---:|---:|---:|---:|');
  const rows = SIZES.map((size) => {
    const docs = buildSyntheticCorpus(size, seedDir).sort((a, b) => (a.id < b.id ? -1 : 1));
    const undated = timeFindings(docs, collectGarbage);
    const dated = timeFindings(withDates(docs), collectGarbage);
    console.log(`| ${size} | ${undated.ms.toFixed(0)} | ${undated.findings} | ${dated.ms.toFixed(0)} | ${dated.findings} |`);
    return { size, undated: undated.ms, dated: dated.ms };
  });
  for (let index = 1; index < rows.length; index += 1) {
    const [before, after] = [rows[index - 1]!, rows[index]!];
    console.log(`t(${after.size})/t(${before.size}) = ${(after.undated / before.undated).toFixed(2)} undated, ${(after.dated / before.dated).toFixed(2)} dated`);
  }
}
