// Which passages of a document are told by other sources too: from the alignment groups.
import type { AnalysisResult } from '../../core/model/analysis';

export interface Counterpart {
  start: number;
  end: number;
  /** The other documents in the passage's groups, in order of first appearance. */
  otherDocs: string[];
}

/**
 * Passages of `docId` that share a group with another document. Results computed for another
 * version of the text (a different length) are ignored, since their offsets no longer fit.
 */
export function counterpartsOf(result: AnalysisResult | undefined, docId: string, textLength: number): Counterpart[] {
  if (!result) return [];
  const analysed = result.documents.find((doc) => doc.id === docId);
  if (!analysed || analysed.length !== textLength) return [];
  const bySpan = new Map<string, Counterpart>();
  for (const group of result.groups) {
    const others = [...new Set(group.passages.filter((p) => p.doc !== docId).map((p) => p.doc))];
    if (others.length === 0) continue;
    for (const passage of group.passages) {
      if (passage.doc !== docId) continue;
      const key = `${passage.start}:${passage.end}`;
      const entry = bySpan.get(key) ?? { start: passage.start, end: passage.end, otherDocs: [] };
      for (const other of others) if (!entry.otherDocs.includes(other)) entry.otherDocs.push(other);
      bySpan.set(key, entry);
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

/** The other documents whose counterparts overlap [start, end). */
export function otherDocsIn(counterparts: readonly Counterpart[], start: number, end: number): string[] {
  const docs: string[] = [];
  for (const counterpart of counterparts) {
    if (counterpart.end <= start || counterpart.start >= end) continue;
    for (const doc of counterpart.otherDocs) if (!docs.includes(doc)) docs.push(doc);
  }
  return docs;
}
