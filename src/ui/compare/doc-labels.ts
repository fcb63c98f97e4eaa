import type { DocumentMeta } from '../../core/model/document';

/** Longest abbreviation built from a slug's words; headers of a 30-column heat map must stay narrow. */
const MAX_ABBREVIATION = 6;

/**
 * A short label for tight headers. Seed ids keep their number ("000_900e…" → "000"); slug ids
 * ("generated-report-12-1a2b3c4d") become word initials with numbers kept ("gr12"), hash dropped.
 * Labels of different ids may coincide: label a set of documents with abbreviateIds.
 */
export function abbreviateId(id: string): string {
  const head = id.split('_', 1)[0]!;
  if (id.includes('_') && head.length > 0 && head.length <= 8) return head;
  const words = id.split('-').filter(Boolean);
  if (words.length < 2) return id.slice(0, 8);
  const initials = words
    .slice(0, -1)
    .map((word) => (/^\d+$/.test(word) ? word : word[0]!))
    .join('');
  return initials.slice(0, MAX_ABBREVIATION) || id.slice(0, 8);
}

/** The part of an id that tells apart documents sharing an abbreviation: its hash, if it has one. */
function distinguishingPart(id: string): { separator: string; part: string } {
  const underscore = id.indexOf('_');
  if (underscore > 0) return { separator: '_', part: id.slice(underscore + 1) };
  const words = id.split('-').filter(Boolean);
  if (words.length >= 2) return { separator: '-', part: words[words.length - 1]! };
  return { separator: '', part: '' };
}

interface Lengthening {
  abbreviation: string;
  separator: string;
  part: string;
}

/** The label after `step` lengthenings: the abbreviation, then hash characters one by one, then the whole id. */
function lengthenedLabel(id: string, { abbreviation, separator, part }: Lengthening, step: number): { label: string; exhausted: boolean } {
  if (step === 0) return { label: abbreviation, exhausted: abbreviation === id };
  if (step <= part.length) {
    const label = `${abbreviation}${separator}${part.slice(0, step)}`;
    if (label.length < id.length) return { label, exhausted: false };
  }
  return { label: id, exhausted: true };
}

/**
 * A unique short label for each distinct id: the abbreviation where it is unambiguous, otherwise
 * lengthened with characters of the id's hash until no two ids share a label ("uwr-1", "uwr-9").
 * A label that has reached the whole id is never lengthened, and whole ids are distinct, so this ends.
 */
export function abbreviateIds(ids: Iterable<string>): Map<string, string> {
  const ways = new Map<string, Lengthening>();
  for (const id of ids) ways.set(id, { abbreviation: abbreviateId(id), ...distinguishingPart(id) });
  const steps = new Map<string, number>();
  const labels = new Map<string, string>();
  const exhausted = new Set<string>();
  for (const [id, way] of ways) {
    steps.set(id, 0);
    const first = lengthenedLabel(id, way, 0);
    labels.set(id, first.label);
    if (first.exhausted) exhausted.add(id);
  }
  for (;;) {
    const holders = new Map<string, string[]>();
    for (const [id, label] of labels) {
      const sharing = holders.get(label);
      if (sharing) sharing.push(id);
      else holders.set(label, [id]);
    }
    let lengthened = false;
    for (const sharing of holders.values()) {
      if (sharing.length < 2) continue;
      for (const id of sharing) {
        if (exhausted.has(id)) continue;
        const step = steps.get(id)! + 1;
        const next = lengthenedLabel(id, ways.get(id)!, step);
        steps.set(id, step);
        labels.set(id, next.label);
        if (next.exhausted) exhausted.add(id);
        lengthened = true;
      }
    }
    if (!lengthened) return labels;
  }
}

/** The label of `id` in a set labelled by abbreviateIds; an id outside it falls back to its abbreviation. */
export function labelOf(labels: ReadonlyMap<string, string>, id: string): string {
  return labels.get(id) ?? abbreviateId(id);
}

export function shortTitle(doc: Pick<DocumentMeta, 'id' | 'title'>, labels: ReadonlyMap<string, string>): string {
  return `${labelOf(labels, doc.id)} ${doc.title}`;
}
