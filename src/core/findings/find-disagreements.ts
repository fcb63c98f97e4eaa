// The findings engine: factual disagreements between the documents of one corpus.
//
// Pipeline:
//   1. extractMentions      — per document, skipping boilerplate passages: date expressions
//                             resolved against the publication date with the event they date,
//                             quantities with their unit, person names with titles, quotations
//                             with their speaker.
//   2. identifyPersons      — names grouped into persons across transliteration variants,
//                             among documents an aligned passage, a counterpart sentence or
//                             two shared full names connect.
//   3. compare*             — mentions of the same thing in ≥ 2 documents (same event, unit,
//                             person, or utterance; alignment groups lower the bar) become
//                             findings: discrepant, variant or consistent.
//   4. provenanceByGroup    — the likely first carrier of each aligned passage.
// Summaries name sources by document id; findings come out in a fixed order (verdict, kind, first mention), with ids derived from
// their spans, so the same corpus always gives the same result.
//
// After a publication date edited (issue 18), the run that follows has the same texts, passages and
// groups, and a run's findings memo (FindingsMemo) is taken: a date is read against the
// publication date, but names and quotes are read from the text alone, and quantities from the text
// and the spans the dates take. So when every document's date spans are those the memo was made
// with — and the publication dates, which break ties of a name's spelling, still name every person
// as the memo does — the counterparts, related documents, persons, and the quantity, name and quote
// findings are the memo's; only date and role findings (compareDates, compareRoles) and the provenance of groups
// holding a passage of a redated document are looked for again. The result is a full run's to the
// last bit (analyze-incremental.test.ts). The memo is stored with the analysis state in a plain form
// (findings-memo-record.ts), so the first date edit after a reload takes it too.
import type { AlignmentGroup, Finding, FindingKind, FindingVerdict, Passage } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';
import { AlignmentIndex, groupBy } from './clusters';
import { compareDates } from './compare-dates';
import { compareNames } from './compare-names';
import { compareQuantities } from './compare-quantities';
import { compareQuotes } from './compare-quotes';
import { Counterparts, type CounterpartSentences } from './counterparts';
import { compareRoles } from './compare-roles';
import { extractMentions, type DocumentMentions, type ExtractedMentions } from './extract-mentions';
import { canonicalsHold, identifyPersons, type Person } from './persons';
import { provenanceByGroup, type Provenance } from './provenance';
import { relatedDocuments } from './related-documents';

export interface FindingsResult {
  findings: Finding[];
  provenance: Record<string, Provenance>;
  /** What each document gave, for the next run's `kept`. */
  mentions: Map<string, DocumentMentions>;
  /** What the next run over the same groups can take (see above). */
  memo: FindingsMemo;
  /** True when this run took an earlier memo: only date and role findings were looked for again. */
  fromMemo: boolean;
}

/** What findings over one set of groups computed that no publication date decides. */
export interface FindingsMemo {
  /** The groups they were read against: the memo holds for these (the same array) alone. */
  groups: readonly AlignmentGroup[];
  published: ReadonlyMap<string, string | null>;
  mentions: ReadonlyMap<string, DocumentMentions>;
  counterparts: Counterparts;
  /** Per document, the key it shares with the documents related to it (related-documents.ts). */
  related: ReadonlyMap<string, number>;
  persons: Person[];
  /** Findings of each kind no date decides, those spanning two documents, as the result holds them. */
  quantities: Finding[];
  names: Finding[];
  quotes: Finding[];
  provenance: Record<string, Provenance>;
}

const sameSpans = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean =>
  a.length === b.length && a.every((span, index) => span.start === b[index]?.start && span.end === b[index]?.end);

/**
 * The memo, when `mentions` differ from its own only in what dates resolve to (same documents,
 * texts and date spans) and the new publication dates name every person as before (they break ties
 * of spelling).
 */
function memoFor(earlier: FindingsMemo | null | undefined, groups: readonly AlignmentGroup[], mentions: ReadonlyMap<string, DocumentMentions>, published: ReadonlyMap<string, string | null>): FindingsMemo | null {
  if (!earlier || earlier.groups !== groups || earlier.mentions.size !== mentions.size) return null;
  for (const [id, own] of mentions) {
    const before = earlier.mentions.get(id);
    if (own !== before && (before?.text !== own.text || !sameSpans(before.dates, own.dates))) return null;
  }
  return canonicalsHold(earlier.persons, published) ? earlier : null;
}

const VERDICT_ORDER: Record<FindingVerdict, number> = { discrepant: 0, variant: 1, consistent: 2 };
const KIND_ORDER: Record<FindingKind, number> = { date: 0, number: 1, name: 2, role: 3, quote: 4 };

function compareFindings(a: Finding, b: Finding): number {
  const first = (finding: Finding) => finding.mentions[0];
  const mentionA = first(a);
  const mentionB = first(b);
  return (
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (mentionA && mentionB ? mentionA.doc.localeCompare(mentionB.doc) || mentionA.start - mentionB.start : 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Only findings that span at least two documents: one source alone disagrees with no one. */
function spansDocuments(finding: Finding): boolean {
  return new Set(finding.mentions.map((mention) => mention.doc)).size >= 2;
}

/**
 * What findings read of the documents alone, before any alignment: every document's mentions, and
 * the correspondence of the sentences stating a fact (read when a run first asks: one that takes a
 * memo's counterparts never does). The CLI reads both while its main thread aligns the passages.
 */
export class FindingsReading {
  private sentences: CounterpartSentences | null = null;

  constructor(
    readonly docs: AnalysisDocument[],
    readonly passages: Record<string, Passage[]>,
    readonly mentions: ExtractedMentions,
  ) {}

  counterpartSentences(): CounterpartSentences {
    return (this.sentences ??= Counterparts.sentencesAmong(this.passages));
  }
}

/** `kept`: an earlier run's mentions, so unchanged documents are not read again (extractMentions). */
export function readForFindings(docs: AnalysisDocument[], passages: Record<string, Passage[]>, kept?: ReadonlyMap<string, DocumentMentions>): FindingsReading {
  return new FindingsReading(docs, passages, extractMentions(docs, passages, kept));
}

/** `kept`: an earlier run's mentions, so unchanged documents are not read again; `earlier`: its memo (see above). Same findings either way. */
export function findDisagreements(
  docs: AnalysisDocument[],
  alignment: { passages: Record<string, Passage[]>; groups: AlignmentGroup[] },
  kept?: ReadonlyMap<string, DocumentMentions>,
  earlier?: FindingsMemo | null,
): FindingsResult {
  return findDisagreementsIn(readForFindings(docs, alignment.passages, kept), alignment.groups, earlier);
}

/** The findings over `groups` aligned from the passages `reading` read. */
export function findDisagreementsIn(reading: FindingsReading, groups: AlignmentGroup[], earlier?: FindingsMemo | null): FindingsResult {
  const { docs, passages, mentions } = reading;
  const alignment = { passages, groups };
  const published = new Map(docs.map((doc) => [doc.id, doc.published]));
  const memo = memoFor(earlier, alignment.groups, mentions.byDocument, published);
  let index: AlignmentIndex | null = null;
  const alignmentIndex = (): AlignmentIndex => (index ??= new AlignmentIndex(alignment.groups));
  const counterparts = memo?.counterparts ?? new Counterparts(reading.counterpartSentences(), alignmentIndex());
  // A name is one person only among documents that report on the same thing (related-documents.ts).
  const texts = new Map(docs.map((doc) => [doc.id, doc.text]));
  const relatedKeys = memo?.related ?? relatedDocuments({ docs: docs.map((doc) => doc.id), groups: alignment.groups, counterparts, names: mentions.names, texts, passages: alignment.passages });
  const related = (doc: string): number => relatedKeys.get(doc) ?? -1;
  const persons = memo?.persons ?? [...groupBy(mentions.names, (mention) => String(related(mention.doc))).values()].flatMap((names) => identifyPersons(names, published));
  const quantities = memo?.quantities ?? compareQuantities(mentions.quantities, counterparts, related, mentions.quotes, texts).filter(spansDocuments);
  const names = memo?.names ?? compareNames(persons).filter(spansDocuments);
  const quotes = memo?.quotes ?? compareQuotes(mentions.quotes, persons, alignmentIndex()).filter(spansDocuments);
  const dated = [...compareDates(mentions.dates, counterparts, published, related), ...compareRoles(persons, published)].filter(spansDocuments);
  const findings = [...dated, ...quantities, ...names, ...quotes].sort(compareFindings);
  const redated = memo ? new Set(docs.filter((doc) => memo.published.get(doc.id) !== doc.published).map((doc) => doc.id)) : null;
  const provenance = provenanceByGroup(alignment.groups, published, memo && redated ? { provenance: memo.provenance, redated } : undefined);
  // Summaries and reasons name sources by id, so a cached result stays right when an outlet or a
  // title is edited; whoever shows them names the sources (core/model/source-label).
  return {
    findings,
    provenance,
    mentions: mentions.byDocument,
    memo: { groups: alignment.groups, published, mentions: mentions.byDocument, counterparts, related: relatedKeys, persons, quantities, names, quotes, provenance },
    fromMemo: memo !== null,
  };
}
