// The all-pairs baseline the engine is measured against: every passage pair through
// diff-match-patch, as a first implementation would do it. It stops at a time budget and
// extrapolates from the pairs it finished.
import DiffMatchPatch from 'diff-match-patch';
import type { AnalysisDocument } from '../src/core/model/document';
import { segmentDocument } from '../src/core/text/segment-document';

export interface NaiveRun {
  pairs: number;
  pairsDone: number;
  elapsedMs: number;
  /** Measured when every pair finished, extrapolated otherwise. */
  estimatedMs: number;
  finished: boolean;
  /** Pairs over 50 % alike among those done, so the work cannot be optimised away. */
  similarPairs: number;
}

export function runNaiveBaseline(docs: readonly AnalysisDocument[], budgetMs: number): NaiveRun {
  const started = performance.now();
  const differ = new DiffMatchPatch();
  differ.Diff_Timeout = 0;
  const passages = docs.flatMap((doc) => segmentDocument(doc.id, doc.text).filter((passage) => !passage.boilerplate).map((passage) => passage.text));
  const pairs = (passages.length * (passages.length - 1)) / 2;
  let pairsDone = 0;
  let similarPairs = 0;
  outer: for (let first = 0; first < passages.length; first += 1) {
    for (let second = first + 1; second < passages.length; second += 1) {
      const a = passages[first] as string;
      const b = passages[second] as string;
      const distance = differ.diff_levenshtein(differ.diff_main(a, b, false));
      if (1 - distance / Math.max(a.length, b.length) > 0.5) similarPairs += 1;
      pairsDone += 1;
      if ((pairsDone & 255) === 0 && performance.now() - started > budgetMs) break outer;
    }
  }
  const elapsedMs = performance.now() - started;
  const finished = pairsDone === pairs;
  return { pairs, pairsDone, elapsedMs, estimatedMs: finished ? elapsedMs : (elapsedMs / Math.max(pairsDone, 1)) * pairs, finished, similarPairs };
}
