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
import type { AlignmentGroup, Finding, FindingKind, FindingVerdict, Passage } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';
import { AlignmentIndex, groupBy } from './clusters';
import { compareDates } from './compare-dates';
import { compareNames } from './compare-names';
import { compareQuantities } from './compare-quantities';
import { compareQuotes } from './compare-quotes';
import { Counterparts } from './counterparts';
import { compareRoles } from './compare-roles';
import { extractMentions, type DocumentMentions } from './extract-mentions';
import { identifyPersons } from './persons';
import { provenanceByGroup, type Provenance } from './provenance';
import { relatedDocuments } from './related-documents';

export interface FindingsResult {
  findings: Finding[];
  provenance: Record<string, Provenance>;
  /** What each document gave, for the next run's `kept`. */
  mentions: Map<string, DocumentMentions>;
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

/** `kept`: an earlier run's mentions, so unchanged documents are not read again (same findings). */
export function findDisagreements(
  docs: AnalysisDocument[],
  alignment: { passages: Record<string, Passage[]>; groups: AlignmentGroup[] },
  kept?: ReadonlyMap<string, DocumentMentions>,
): FindingsResult {
  const published = new Map(docs.map((doc) => [doc.id, doc.published]));
  const index = new AlignmentIndex(alignment.groups);
  const counterparts = new Counterparts(alignment.passages, index);
  const mentions = extractMentions(docs, alignment.passages, kept);
  // A name is one person only among documents that report on the same thing (related-documents.ts).
  const related = relatedDocuments(docs.map((doc) => doc.id), alignment.groups, counterparts, mentions.names);
  const persons = [...groupBy(mentions.names, (mention) => String(related(mention.doc))).values()].flatMap((names) => identifyPersons(names));
  const findings = [
    ...compareDates(mentions.dates, counterparts, published, related),
    ...compareQuantities(mentions.quantities, counterparts, related),
    ...compareNames(persons),
    ...compareRoles(persons, published),
    ...compareQuotes(mentions.quotes, persons, index),
  ]
    .filter(spansDocuments)
    .sort(compareFindings);
  // Summaries and reasons name sources by id, so a cached result stays right when an outlet or a
  // title is edited; whoever shows them names the sources (core/model/source-label).
  return { findings, provenance: provenanceByGroup(alignment.groups, published), mentions: mentions.byDocument };
}
