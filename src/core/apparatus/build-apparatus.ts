// The variants view's apparatus (issue 15; the textual critic's apparatus, as in Juxta and
// CollateX): one base text, and under each of its passages the other sources' readings grouped
// by wording.
// 1. counterparts: the analysis' passage groups, then the sentences matched by what they state
//    (align/matchSentences) among those the groups left alone;
// 2. the base's content sentences in reading order; consecutive sentences held by one group
//    become one entry (a one-to-many alignment is read once);
// 3. per entry and source, the source's first span in the entry's group (the best-scoring group
//    that has one), or the source is missing there;
// 4. readings grouped by their wording as `normalize` folds it, most sources first.
import { matchSentences } from '../align';
import type { AlignmentGroup, Passage, QuotedSpan } from '../model/analysis';

export interface Reading {
  /** The wording as the first of its sources writes it. */
  text: string;
  /** Source ids, in the order the apparatus was given them. */
  sources: string[];
  /** Each source's span, in the order of `sources`. */
  spans: QuotedSpan[];
  /** Same wording as the base once normalised. */
  agreesWithBase: boolean;
}

export interface ApparatusEntry {
  /** The base's passage (one or more consecutive sentences). */
  base: QuotedSpan;
  /** Most sources first. */
  readings: Reading[];
  /** Sources without a counterpart of this passage. */
  missing: string[];
}

export interface Apparatus {
  base: string;
  sources: string[];
  entries: ApparatusEntry[];
}

export interface ApparatusInput {
  base: string;
  /** The other sources, in the order readings list them. */
  sources: readonly string[];
  passages: Readonly<Record<string, readonly Passage[]>>;
  groups: readonly AlignmentGroup[];
  /** The wording readings are grouped by; whitespace runs folded by default. */
  normalize?: (text: string) => string;
}

const collapseWhitespace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const overlaps = (span: QuotedSpan, passage: Passage): boolean => span.doc === passage.doc && span.start < passage.end && passage.start < span.end;

/** For each sentence of one document, the best group holding a span of it (groups sorted best first). */
function groupOfSentence(sentences: readonly Passage[], groups: readonly AlignmentGroup[]): Array<AlignmentGroup | null> {
  const found: Array<AlignmentGroup | null> = sentences.map(() => null);
  const starts = sentences.map((sentence) => sentence.start);
  for (const group of groups) {
    for (const span of group.passages) {
      if (span.doc !== sentences[0]?.doc) continue;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= span.start) low = middle;
        else high = middle - 1;
      }
      for (let index = Math.max(0, low - 1); index < sentences.length && sentences[index]!.start < span.end; index += 1) {
        if (found[index] === null && overlaps(span, sentences[index]!)) found[index] = group;
      }
    }
  }
  return found;
}

export function buildApparatus(input: ApparatusInput): Apparatus {
  const normalize = input.normalize ?? collapseWhitespace;
  const order = [input.base, ...input.sources];
  const chosen = new Set(order);
  const shared = (group: AlignmentGroup): boolean => new Set(group.passages.map((span) => span.doc).filter((doc) => chosen.has(doc))).size >= 2;
  const passageGroups = input.groups.filter(shared).sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  const documents = order.map((doc) => input.passages[doc] ?? []);
  const covered = new Set(documents.flatMap((passages) => groupOfSentence(passages, passageGroups).flatMap((group, index) => (group ? [passages[index]!] : []))));
  const sentenceGroups = matchSentences(documents, { aligned: (passage) => covered.has(passage) }).filter((group) => group.passages.some((span) => span.doc === input.base));
  const groups = [...passageGroups, ...sentenceGroups];

  const sentences = (input.passages[input.base] ?? []).filter((passage) => passage.boilerplate === null);
  const groupOf = groupOfSentence(sentences, groups);
  const entries: ApparatusEntry[] = [];
  sentences.forEach((sentence, index) => {
    const group = groupOf[index] ?? null;
    if (group && index > 0 && groupOf[index - 1] === group) return;
    const baseSpan = group?.passages.find((span) => overlaps(span, sentence)) ?? { doc: sentence.doc, start: sentence.start, end: sentence.end, text: sentence.text };
    entries.push(entryFor(baseSpan, group, input.sources, normalize));
  });
  return { base: input.base, sources: [...input.sources], entries };
}

function entryFor(base: QuotedSpan, group: AlignmentGroup | null, sources: readonly string[], normalize: (text: string) => string): ApparatusEntry {
  const readings = new Map<string, Reading>();
  const missing: string[] = [];
  const baseKey = normalize(base.text);
  for (const source of sources) {
    const span = group?.passages.find((candidate) => candidate.doc === source);
    if (!span) {
      missing.push(source);
      continue;
    }
    const key = normalize(span.text);
    const reading = readings.get(key) ?? { text: span.text, sources: [], spans: [], agreesWithBase: key === baseKey };
    reading.sources.push(source);
    reading.spans.push(span);
    readings.set(key, reading);
  }
  const ordered = [...readings.values()].sort((x, y) => y.sources.length - x.sources.length || sources.indexOf(x.sources[0]!) - sources.indexOf(y.sources[0]!));
  return { base: { doc: base.doc, start: base.start, end: base.end, text: base.text }, readings: ordered, missing };
}
