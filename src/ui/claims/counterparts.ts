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

/**
 * The cited span quotes the passage: it lies mostly inside it, or covers most of it. A selection
 * that runs a few characters into the next sentence quotes that sentence no more than its own
 * counterparts relate to the quote shown.
 */
function quotes(span: PlacedSpan, passage: PlacedSpan): boolean {
  if (!overlaps(span, passage)) return false;
  const shared = Math.min(span.end, passage.end) - Math.max(span.start, passage.start);
  return 2 * shared >= span.end - span.start || 2 * shared >= passage.end - passage.start;
}

/**
 * Counterparts of the cited spans in other sources, one per passage, in the order the groups list them. Groups
 * come from an analysis of the documents' texts as they are (`fits` says whether a document's
 * offsets still do): offsets into an older text would quote other words.
 */
export function counterpartOffers(groups: readonly AlignmentGroup[], cited: readonly PlacedSpan[], fits: (docId: string) => boolean = () => true): CounterpartOffer[] {
  const offers: CounterpartOffer[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const passages = group.passages.filter((p) => fits(p.doc)).map((p) => ({ docId: p.doc, start: p.start, end: p.end, text: p.text }));
    const quotedIn = new Set(passages.filter((passage) => cited.some((span) => quotes(span, passage))).map((passage) => passage.docId));
    if (quotedIn.size === 0) continue;
    for (const passage of passages) {
      const key = `${passage.docId}:${passage.start}:${passage.end}`;
      // Another passage of the quoted source is that source repeating itself (a caption, a
      // boilerplate line), not the passage in another source.
      if (seen.has(key) || quotedIn.has(passage.docId) || cited.some((span) => overlaps(span, passage))) continue;
      seen.add(key);
      offers.push({ ...passage, kind: group.kind });
    }
  }
  return offers;
}
