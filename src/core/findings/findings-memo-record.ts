// The findings memo (find-disagreements.ts, FindingsMemo) in a form fit for storage, so the first
// publication date edited after a reload takes it as the worker that ran the analysis would
// (issue 18). Most of the memo is stored already and is not stored twice: its groups are the
// stored result's without their provenance, its publication dates the result's documents', its
// findings (of the kinds no date decides) and provenance the result's, its mentions the stored
// state's. What is left is packed: the related documents' keys, each person as the places of the
// names it groups, and the counterparts (packed-counterparts.ts). Restoring takes `unknown` and
// gives null for anything that does not add up, and then no memo is taken.
import type { AlignmentGroup, AnalysisResult, Finding } from '../model/analysis';
import { emptyRecord } from '../util/id-record';
import { isObject, isStringArray } from '../util/shape-guards';
import { AlignmentIndex } from './clusters';
import type { DocumentMentions } from './extract-mentions';
import type { FindingsMemo } from './find-disagreements';
import type { NameMention } from './mention-types';
import { packCounterparts, unpackCounterparts, type PackedCounterparts } from './packed-counterparts';
import type { Person } from './persons';
import type { Provenance } from './provenance';

export interface FindingsMemoRecord {
  /** The run's documents in its order; the other fields name them by index. */
  documents: string[];
  /** Per document, the key it shares with the documents related to it. */
  related: Int32Array<ArrayBuffer>;
  /** Per person, its spelling, and its counts of full names and of short references (two numbers a person). */
  canonicals: string[];
  personSizes: Int32Array<ArrayBuffer>;
  /** Each person's full names, then short references, each as its document's index, its start and its end. */
  personNames: Int32Array<ArrayBuffer>;
  counterparts: PackedCounterparts;
}

export function findingsMemoRecord(memo: FindingsMemo): FindingsMemoRecord {
  const documents = [...memo.published.keys()];
  const index = new Map(documents.map((doc, at) => [doc, at]));
  const places: number[] = [];
  for (const { fullNames, shortReferences } of memo.persons) for (const name of [...fullNames, ...shortReferences]) places.push(index.get(name.doc) ?? -1, name.start, name.end);
  return {
    documents,
    related: Int32Array.from(documents, (doc) => memo.related.get(doc) ?? -1),
    canonicals: memo.persons.map((person) => person.canonical),
    personSizes: Int32Array.from(memo.persons.flatMap((person) => [person.fullNames.length, person.shortReferences.length])),
    personNames: Int32Array.from(places),
    counterparts: packCounterparts(memo.counterparts, documents),
  };
}

/** What a stored memo is restored against: the stored result of its run, that result's groups as the state holds them (without provenance), and the stored state's mentions. */
export interface MemoSources {
  result: Pick<AnalysisResult, 'documents' | 'groups' | 'findings'>;
  groups: readonly AlignmentGroup[];
  mentions: ReadonlyMap<string, DocumentMentions>;
}

/**
 * Persons with their names read from `mentions` by place: a document's names never overlap (name
 * runs are read left to right), so a start names one; its end must be the name's too. Null when a
 * place names no name (a person grouping a name no document's mentions hold).
 */
function restorePersons(value: Record<string, unknown>, documents: readonly string[], mentions: ReadonlyMap<string, DocumentMentions>): Person[] | null {
  const { canonicals, personSizes, personNames } = value;
  if (!isStringArray(canonicals) || !(personSizes instanceof Int32Array) || !(personNames instanceof Int32Array) || personSizes.length !== canonicals.length * 2) return null;
  if (personSizes.some((size) => size < 0) || personNames.length !== personSizes.reduce((sum, size) => sum + size, 0) * 3) return null;
  const byStart = new Map<string, Map<number, NameMention>>();
  const nameAt = (docIndex: number, start: number, end: number): NameMention | undefined => {
    const doc = documents[docIndex];
    if (doc === undefined) return undefined;
    let starts = byStart.get(doc);
    if (!starts) {
      starts = new Map((mentions.get(doc)?.names ?? []).map((name) => [name.start, name]));
      byStart.set(doc, starts);
    }
    const name = starts.get(start);
    return name?.end === end ? name : undefined;
  };
  let offset = 0;
  const take = (count: number): NameMention[] | null => {
    const names: NameMention[] = [];
    for (let at = 0; at < count; at += 1, offset += 3) {
      const name = nameAt(personNames[offset] as number, personNames[offset + 1] as number, personNames[offset + 2] as number);
      if (!name) return null;
      names.push(name);
    }
    return names;
  };
  const persons: Person[] = [];
  for (const [at, canonical] of canonicals.entries()) {
    const fullNames = take(personSizes[at * 2] as number);
    const shortReferences = fullNames && take(personSizes[at * 2 + 1] as number);
    if (!fullNames || !shortReferences) return null;
    persons.push({ canonical, fullNames, shortReferences });
  }
  return persons;
}

/** The memo findingsMemoRecord stored, restored against `sources`; null when `value` does not fit them. */
export function restoreFindingsMemo(value: unknown, sources: MemoSources): FindingsMemo | null {
  const { result, groups, mentions } = sources;
  if (!isObject(value) || !isStringArray(value.documents) || !(value.related instanceof Int32Array)) return null;
  const documents = value.documents;
  if (documents.length !== result.documents.length || result.documents.some((doc, at) => doc.id !== documents[at]) || value.related.length !== documents.length) return null;
  if (documents.some((doc) => !mentions.has(doc))) return null;
  const persons = restorePersons(value, documents, mentions);
  const counterparts = persons && unpackCounterparts(value.counterparts, documents, new AlignmentIndex(groups));
  if (!persons || !counterparts) return null;
  const related = value.related;
  const ofKind = (kind: Finding['kind']) => result.findings.filter((finding) => finding.kind === kind);
  const provenance = emptyRecord<Provenance>();
  for (const group of result.groups) if (group.provenance) provenance[group.id] = group.provenance;
  return {
    groups,
    published: new Map(result.documents.map((doc) => [doc.id, doc.published])),
    mentions,
    counterparts,
    related: new Map(documents.map((doc, at) => [doc, related[at] as number])),
    persons,
    quantities: ofKind('number'),
    names: ofKind('name'),
    quotes: ofKind('quote'),
    provenance,
  };
}
