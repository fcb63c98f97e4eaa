// Splits a stretch of document text at highlight boundaries so that overlapping highlights
// render as flat, non-nested runs, each run knowing its exact document offset.

export interface Highlight {
  /** Stable key, e.g. "claim:<id>:<evidenceId>". */
  key: string;
  start: number;
  end: number;
  /** CSS class(es) that colour the run; a non-colour marker is the caller's `marker`. */
  className: string;
  /** Accessible description, e.g. "Evidence for claim: … (Discrepant)". */
  label: string;
}

export interface TextRun {
  start: number;
  end: number;
  highlights: Highlight[];
}

/** Runs covering [from, to) exactly, in order, split wherever a highlight starts or ends. */
export function splitIntoRuns(from: number, to: number, highlights: readonly Highlight[]): TextRun[] {
  const relevant = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of relevant) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    runs.push({ start, end, highlights: relevant.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}
