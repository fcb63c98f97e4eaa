// How much of each source's own text (page furniture left out) aligns with each other source:
// the numbers behind the overview heat map. Shares are not symmetric: a short wire story fully
// contained in a long feature is 100% aligned one way and a small share the other way.
import type { AnalysisResult } from '../../core/model/analysis';

export interface OverlapMatrix {
  /** Document ids, in the order of rows and columns. */
  docs: string[];
  /** share[row][column]: aligned characters of `row` with `column` / content characters of `row`. */
  share: number[][];
}

interface Range {
  start: number;
  end: number;
}

function coveredLength(ranges: Range[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of sorted) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

export function alignmentOverlap(result: AnalysisResult): OverlapMatrix {
  const docs = result.documents.map((d) => d.id);
  const indexOf = new Map(docs.map((id, i) => [id, i]));
  const alignedRanges = docs.map(() => new Map<number, Range[]>());
  for (const group of result.groups) {
    for (const own of group.passages) {
      const row = indexOf.get(own.doc);
      if (row === undefined) continue;
      for (const other of group.passages) {
        const column = indexOf.get(other.doc);
        if (column === undefined || column === row) continue;
        const ranges = alignedRanges[row]!.get(column) ?? [];
        ranges.push({ start: own.start, end: own.end });
        alignedRanges[row]!.set(column, ranges);
      }
    }
  }
  const share = docs.map((doc, row) => {
    const content = (result.passages[doc] ?? []).filter((p) => p.boilerplate === null).reduce((sum, p) => sum + (p.end - p.start), 0);
    return docs.map((_, column) => {
      if (column === row) return 1;
      const aligned = coveredLength(alignedRanges[row]!.get(column) ?? []);
      return content === 0 ? 0 : Math.min(1, aligned / content);
    });
  });
  return { docs, share };
}

/** The `limit` documents with the most aligned text overall (both directions), in corpus order. */
export function mostConnected(matrix: OverlapMatrix, limit: number): OverlapMatrix {
  if (matrix.docs.length <= limit) return matrix;
  const strength = matrix.docs.map((_, i) => matrix.share.reduce((sum, row, j) => (j === i ? sum : sum + row[i]! + matrix.share[i]![j]!), 0));
  const keep = matrix.docs
    .map((_, i) => i)
    .sort((a, b) => strength[b]! - strength[a]! || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b);
  return { docs: keep.map((i) => matrix.docs[i]!), share: keep.map((i) => keep.map((j) => matrix.share[i]![j]!)) };
}
