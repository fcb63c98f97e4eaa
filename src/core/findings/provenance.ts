// Which source most likely carried a passage first: the earliest publication date; among
// sources published the same day (or all undated), the most complete — longest — passage. Length
// tells only between copies of one text (a reprint cuts, it rarely adds): reworded passages are
// not copies, so for a paraphrase group only an earlier publication date names a source.
import type { AlignmentGroup, QuotedSpan } from '../model/analysis';
import { emptyRecord, ownValue } from '../util/id-record';

export interface Provenance {
  doc: string;
  reason: string;
}

/** Passages earliest first, then longest, then by document; a group holds a passage per reprint, so each date is looked up once, not per comparison. */
function earliestThenLongest(passages: readonly QuotedSpan[], published: ReadonlyMap<string, string | null>): QuotedSpan[] {
  const dates = passages.map((passage) => published.get(passage.doc) ?? null);
  const order = passages.map((_, index) => index);
  order.sort((i, j) => {
    const dateA = dates[i] as string | null;
    const dateB = dates[j] as string | null;
    if (dateA !== dateB) {
      if (dateA === null) return 1;
      if (dateB === null) return -1;
      return dateA < dateB ? -1 : 1;
    }
    const a = passages[i]!;
    const b = passages[j]!;
    return b.text.length - a.text.length || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);
  });
  return order.map((index) => passages[index]!);
}

export function groupProvenance(group: AlignmentGroup, published: ReadonlyMap<string, string | null>): Provenance | null {
  const [first, ...rest] = earliestThenLongest(group.passages, published);
  if (!first) return null;
  const date = published.get(first.doc) ?? null;
  const others = rest.filter((passage) => passage.doc !== first.doc);
  if (others.length === 0) return { doc: first.doc, reason: 'the only source of this passage' };
  const sameDay = others.filter((passage) => (published.get(passage.doc) ?? null) === date);
  if (group.kind === 'paraphrase' && (date === null || sameDay.length > 0)) return null;
  if (date === null) {
    return { doc: first.doc, reason: `no source has a publication date; ${first.doc} has the longest passage (${first.text.length} characters)` };
  }
  if (sameDay.length === 0) {
    const next = others.map((passage) => published.get(passage.doc)).find((value): value is string => Boolean(value));
    return { doc: first.doc, reason: `published first (${date}${next ? `; next ${next}` : ''})` };
  }
  const runnerUp = sameDay[0]!;
  return {
    doc: first.doc,
    reason: `published ${date}, the same day as ${[...new Set(sameDay.map((passage) => passage.doc))].join(', ')}; the most complete passage (${first.text.length} vs ${runnerUp.text.length} characters)`,
  };
}

/** Per group id; `earlier` (of the same groups) is taken for every group holding no passage of a `redated` document. */
export function provenanceByGroup(
  groups: AlignmentGroup[],
  published: ReadonlyMap<string, string | null>,
  earlier?: { provenance: Readonly<Record<string, Provenance>>; redated: ReadonlySet<string> },
): Record<string, Provenance> {
  const result = emptyRecord<Provenance>();
  for (const group of groups) {
    const kept = earlier && !group.passages.some((passage) => earlier.redated.has(passage.doc));
    const provenance = kept ? (ownValue(earlier.provenance, group.id) ?? null) : groupProvenance(group, published);
    if (provenance) result[group.id] = provenance;
  }
  return result;
}
