// Passages the alignment found telling the same thing as a claim's evidence, in sources the claim
// does not cite there yet: one click adds them as evidence.
import type { AlignmentGroup, GroupKind } from '../../core/model/analysis';

export interface PlacedSpan {
  docId: string;
  start: number;
  end: number;
}

export interface CounterpartOffer extends PlacedSpan {
  text: string;
  kind: GroupKind;
}

function overlaps(a: PlacedSpan, b: PlacedSpan): boolean {
  return a.docId === b.docId && a.start < b.end && b.start < a.end;
}

/** Counterparts of the cited spans, one per passage, in the order the groups list them. */
export function counterpartOffers(groups: readonly AlignmentGroup[], cited: readonly PlacedSpan[]): CounterpartOffer[] {
  const offers: CounterpartOffer[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const passages = group.passages.map((p) => ({ docId: p.doc, start: p.start, end: p.end, text: p.text }));
    const citedHere = passages.filter((passage) => cited.some((span) => overlaps(span, passage)));
    if (citedHere.length === 0) continue;
    for (const passage of passages) {
      const key = `${passage.docId}:${passage.start}:${passage.end}`;
      if (seen.has(key) || cited.some((span) => overlaps(span, passage))) continue;
      seen.add(key);
      offers.push({ ...passage, kind: group.kind });
    }
  }
  return offers;
}
