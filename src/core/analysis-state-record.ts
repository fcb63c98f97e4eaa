// The state an analysis keeps for the next one (analyze.ts, AnalysisState), in a form fit for
// storage, so the first document added after a reload is analysed from the stored state rather
// than from zero (issue 18). Kept small, since it is written after every analysis:
// 1. passages are not stored: they are the stored result's (result.passages is the state's
//    segmentation, document by document), and their text is always a slice of the document's;
// 2. texts are not stored: each document is named by a hash of its text, and a document whose
//    current text hashes otherwise is read again;
// 3. the features of all passages are packed into one array of term ids (thousands of small
//    typed arrays cost more to store than the ids they hold).
// 4. the record is stored in parts (splitStateRecord, joinStateRecord), each a value of its own:
//    Chromium refuses a value over 133 MB, and 10,000 documents' features alone come near it;
// 5. the kept candidate search (version 2) is packed into typed arrays, its passages named by their
//    index among the features' keys (align/packed-search.ts), in one part; a version 1 record,
//    without it, still opens (the first addition then searches every passage again).
// 6. the alignment and the findings memo (version 3): the groups and overview are the stored
//    result's, so only whether boilerplate was in is stored, and the memo with what the result and
//    the mentions do not hold (findings/findings-memo-record.ts), its long arrays in parts of their
//    own. They are restored only when the stored documents are exactly the current ones: then the
//    first date edited after a reload keeps the alignment and takes the memo, as the worker that
//    ran the analysis would. A record of version 1 or 2, without them, still opens (that edit then
//    aligns and looks for every finding again).
// Restoring takes `unknown` and trusts nothing: a document whose hash, passages or mentions do
// not fit its current text is left out (and analysed again), a wrong version or shape gives the
// empty state. What is restored is exactly what was kept, so a run from it equals a run from
// scratch (analysis-state-record.test.ts).
import { emptyAnalysisState, type AnalysisState } from './analyze';
import { emptyFeatureMemo } from './align/alignment-corpus';
import { packFeatures, unpackFeatures, type PackedFeatures } from './align/packed-features';
import { packSearch, unpackSearch, type PackedSearch } from './align/packed-search';
import type { DocumentMentions } from './findings/extract-mentions';
import { findingsMemoRecord, restoreFindingsMemo, type FindingsMemoRecord } from './findings/findings-memo-record';
import type { AlignmentGroup, AnalysisResult, Passage } from './model/analysis';
import type { AnalysisDocument } from './model/document';
import { concatFloat64, concatInt32 } from './util/arrays';
import { ownValue } from './util/id-record';
import { isObject, isStringArray } from './util/shape-guards';

/** Raised whenever the stored shape changes: an older record is then ignored, not misread. */
export const ANALYSIS_STATE_VERSION = 3;
/** Records of these versions still open: version 2 is version 3 without the alignment and findings memo, version 1 without the kept search too. */
const OPENED_VERSIONS: readonly unknown[] = [1, 2, ANALYSIS_STATE_VERSION];

type StoredMentions = Omit<DocumentMentions, 'text'>;

export interface AnalysisStateRecord {
  version: typeof ANALYSIS_STATE_VERSION;
  /** Per document id, the hash of the text the state was built from. */
  hashes: [string, string][];
  features: PackedFeatures;
  mentions: [string, StoredMentions][];
  /** The kept candidate search, packed against `features.keys`; absent when the state had none. */
  search?: PackedSearch;
  /** Whether the kept alignment took boilerplate in (its groups and overview are the stored result's), and the findings memo over it; absent when the state had none. */
  alignment?: { includeBoilerplate: boolean; findings: FindingsMemoRecord | null };
}

/** The state in storable form; `hashes` names the text of each document (a document without one is left out). */
export function analysisStateRecord(state: AnalysisState, hashes: ReadonlyMap<string, string>): AnalysisStateRecord {
  const hashed = (id: string): boolean => hashes.has(id);
  const features = packFeatures(state.features);
  return {
    version: ANALYSIS_STATE_VERSION,
    hashes: [...state.segments.keys()].filter(hashed).map((id) => [id, hashes.get(id) as string]),
    features,
    mentions: [...state.mentions].filter(([id]) => hashed(id)).map(([id, { text: _text, ...mentions }]) => [id, mentions]),
    ...(state.search ? { search: packSearch(state.search, features.keys) } : {}),
    ...(state.alignment ? { alignment: { includeBoilerplate: state.alignment.includeBoilerplate, findings: state.findings?.groups === state.alignment.groups ? findingsMemoRecord(state.findings) : null } } : {}),
  };
}

/** Documents (hashes or mentions), passages (features), or the memo's names, sentences, occurrences or links per stored part. */
export const STATE_PART_ITEMS = 2_000;

/** The findings memo's long arrays, each stored in parts apart from the rest, with their numbers per item. */
const MEMO_ARRAYS = { personNames: 3, sentenceSizes: 1, occurrences: 3, links: 2, scores: 1 } as const;
type MemoArray = keyof typeof MEMO_ARRAYS;
type MemoHead = Omit<FindingsMemoRecord, 'personNames' | 'counterparts'>;
type MemoValues = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

export type AnalysisStatePart =
  | { kind: 'head'; version: typeof ANALYSIS_STATE_VERSION; terms: string[] }
  | { kind: 'hashes'; hashes: [string, string][] }
  | { kind: 'mentions'; mentions: [string, StoredMentions][] }
  | { kind: 'features'; texts: string[]; keys: string[]; lengths: Int32Array<ArrayBuffer>; ids: Int32Array<ArrayBuffer> }
  | { kind: 'search'; search: PackedSearch }
  | { kind: 'alignment'; includeBoilerplate: boolean; findings: MemoHead | null }
  | { kind: 'memo-values'; field: MemoArray; values: MemoValues };

function slices<T extends { readonly length: number; slice(start: number, end: number): T }>(items: T, size: number): T[] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

function alignmentParts({ includeBoilerplate, findings }: NonNullable<AnalysisStateRecord['alignment']>, items: number): AnalysisStatePart[] {
  if (!findings) return [{ kind: 'alignment', includeBoilerplate, findings: null }];
  const { personNames, counterparts, ...head } = findings;
  const arrays: Record<MemoArray, MemoValues> = { personNames, ...counterparts };
  const fields = Object.keys(MEMO_ARRAYS) as MemoArray[];
  return [
    { kind: 'alignment', includeBoilerplate, findings: head },
    ...fields.flatMap((field) => slices(arrays[field], items * MEMO_ARRAYS[field]).map((values): AnalysisStatePart => ({ kind: 'memo-values', field, values }))),
  ];
}

/** The memo's values of `field` from a part: an Int32Array, or a Float64Array for the scores. */
function memoValues(part: Record<string, unknown>): [MemoArray, MemoValues] | null {
  const { field, values } = part;
  if (typeof field !== 'string' || !Object.hasOwn(MEMO_ARRAYS, field)) return null;
  const fits = field === 'scores' ? values instanceof Float64Array : values instanceof Int32Array;
  return fits ? [field as MemoArray, values as MemoValues] : null;
}

/** The alignment part with the memo's arrays put back. */
function joinAlignment(head: Record<string, unknown>, values: ReadonlyMap<MemoArray, MemoValues[]>): unknown {
  if (!isObject(head.findings)) return { includeBoilerplate: head.includeBoilerplate, findings: null };
  const ints = (field: MemoArray) => concatInt32((values.get(field) ?? []) as Int32Array[]);
  const counterparts = { sentenceSizes: ints('sentenceSizes'), occurrences: ints('occurrences'), links: ints('links'), scores: concatFloat64((values.get('scores') ?? []) as Float64Array[]) };
  return { includeBoilerplate: head.includeBoilerplate, findings: { ...head.findings, personNames: ints('personNames'), counterparts } };
}

/** The record as parts of at most `items` documents or passages each, head first; joinStateRecord puts them back. */
export function splitStateRecord(record: AnalysisStateRecord, items = STATE_PART_ITEMS): AnalysisStatePart[] {
  const { texts, keys, lengths, ids, terms } = record.features;
  const features: AnalysisStatePart[] = [];
  for (let start = 0, offset = 0; start < texts.length; start += items) {
    const end = Math.min(texts.length, start + items);
    let next = offset;
    for (let index = start * 3; index < end * 3; index += 1) next += lengths[index] as number;
    features.push({ kind: 'features', texts: texts.slice(start, end), keys: keys.slice(start, end), lengths: lengths.slice(start * 3, end * 3), ids: ids.slice(offset, next) });
    offset = next;
  }
  return [
    { kind: 'head', version: record.version, terms },
    ...slices(record.hashes, items).map((hashes): AnalysisStatePart => ({ kind: 'hashes', hashes })),
    ...slices(record.mentions, items).map((mentions): AnalysisStatePart => ({ kind: 'mentions', mentions })),
    ...features,
    ...(record.search ? [{ kind: 'search', search: record.search } as const] : []),
    ...(record.alignment ? alignmentParts(record.alignment, items) : []),
  ];
}

/** Stored parts put back into a record, still unchecked (restoreAnalysisState checks it); null when a part is not one. */
export function joinStateRecord(parts: readonly unknown[]): unknown {
  const [head, ...rest] = parts;
  if (!isObject(head) || head.kind !== 'head') return null;
  const hashes: unknown[] = [];
  const mentions: unknown[] = [];
  const texts: unknown[] = [];
  const keys: unknown[] = [];
  const lengths: Int32Array<ArrayBuffer>[] = [];
  const ids: Int32Array<ArrayBuffer>[] = [];
  let search: unknown = undefined;
  let alignment: Record<string, unknown> | undefined = undefined;
  const memo = new Map<MemoArray, MemoValues[]>();
  for (const part of rest) {
    if (!isObject(part)) return null;
    if (part.kind === 'hashes' && Array.isArray(part.hashes)) hashes.push(...part.hashes);
    else if (part.kind === 'mentions' && Array.isArray(part.mentions)) mentions.push(...part.mentions);
    else if (part.kind === 'features' && Array.isArray(part.texts) && Array.isArray(part.keys) && part.lengths instanceof Int32Array && part.ids instanceof Int32Array) {
      texts.push(...part.texts);
      keys.push(...part.keys);
      lengths.push(part.lengths as Int32Array<ArrayBuffer>);
      ids.push(part.ids as Int32Array<ArrayBuffer>);
    } else if (part.kind === 'search' && search === undefined) search = part.search;
    else if (part.kind === 'alignment' && alignment === undefined) alignment = part;
    else if (part.kind === 'memo-values') {
      const values = memoValues(part);
      if (!values) return null;
      const [field, array] = values;
      const known = memo.get(field);
      if (known) known.push(array);
      else memo.set(field, [array]);
    } else return null;
  }
  const features = { texts, keys, lengths: concatInt32(lengths), ids: concatInt32(ids), terms: head.terms };
  return { version: head.version, hashes, mentions, features, ...(search === undefined ? {} : { search }), ...(alignment === undefined ? {} : { alignment: joinAlignment(alignment, memo) }) };
}

/** Each span names the document and quotes its current text. */
function spansFit(spans: unknown, doc: AnalysisDocument): boolean {
  return Array.isArray(spans) && spans.every((span: unknown) => isObject(span) && span.doc === doc.id && typeof span.start === 'number' && typeof span.end === 'number' && span.text === doc.text.slice(span.start, span.end));
}

function passagesFit(passages: Passage[] | undefined, doc: AnalysisDocument): passages is Passage[] {
  return spansFit(passages, doc) && (passages as unknown[]).every((passage) => isObject(passage) && typeof passage.paragraph === 'number' && (passage.boilerplate === null || typeof passage.boilerplate === 'string'));
}

function restoreMentions(value: unknown, doc: AnalysisDocument): DocumentMentions | null {
  if (!isObject(value) || !(typeof value.published === 'string' || value.published === null)) return null;
  if (!(value.lowerCaseWords instanceof Set) || !(value.commonWords instanceof Map)) return null;
  if (![value.dates, value.quantities, value.names, value.quotes].every((mentions) => spansFit(mentions, doc)) || !datesReadAsNow(value.dates)) return null;
  return { ...(value as unknown as StoredMentions), text: doc.text };
}

/**
 * Date mentions with what the date reader gives now: one stored before a date's occasion (37d7ad5)
 * or subject was read has neither, so its document is read again.
 */
function datesReadAsNow(dates: unknown): boolean {
  return (
    Array.isArray(dates) &&
    dates.every(
      (mention: unknown) =>
        isObject(mention) && isObject(mention.event) && mention.event.subject instanceof Set && mention.event.names instanceof Set && (mention.event.noun === null || typeof mention.event.noun === 'string'),
    )
  );
}

/** What a state is restored against: the result stored with it (its passages are the state's segmentation). */
export type StoredResult = Pick<AnalysisResult, 'documents' | 'passages' | 'groups' | 'findings' | 'overview'>;

/**
 * The kept alignment and findings memo of a version 3 record, when its documents are exactly
 * `documents` (each restored with its passages) and `result`'s: the alignment read passages and
 * nothing else, so it holds for them; the memo holds while memoFor (find-disagreements.ts) finds
 * the mentions it was made with.
 */
function restoreAlignment(value: Record<string, unknown>, storedDocuments: number, state: AnalysisState, documents: readonly AnalysisDocument[], result: StoredResult): Pick<AnalysisState, 'alignment' | 'findings'> {
  const { alignment } = value;
  const sameDocuments = storedDocuments === documents.length && state.segments.size === documents.length && result.documents.length === documents.length && result.documents.every((doc) => state.segments.has(doc.id));
  if (value.version !== ANALYSIS_STATE_VERSION || !isObject(alignment) || typeof alignment.includeBoilerplate !== 'boolean' || !sameDocuments) return { alignment: null, findings: null };
  const groups = result.groups.map(({ provenance: _provenance, ...group }): AlignmentGroup => group);
  return {
    alignment: { includeBoilerplate: alignment.includeBoilerplate, groups, overview: result.overview },
    findings: restoreFindingsMemo(alignment.findings, { result, groups, mentions: state.mentions }),
  };
}

/**
 * The state stored by analysisStateRecord, for `documents` (whose texts hash to `hashes`) and the
 * result stored with it; what does not fit the documents is left out.
 */
export function restoreAnalysisState(value: unknown, documents: readonly AnalysisDocument[], hashes: ReadonlyMap<string, string>, result: StoredResult): AnalysisState {
  const state = emptyAnalysisState();
  if (!isObject(value) || !OPENED_VERSIONS.includes(value.version) || !Array.isArray(value.hashes) || !Array.isArray(value.mentions)) return state;
  const storedHashes = new Map(value.hashes.filter((entry): entry is [string, string] => isStringArray(entry) && entry.length === 2));
  const storedMentions = new Map(value.mentions.filter((entry): entry is [string, unknown] => Array.isArray(entry) && typeof entry[0] === 'string'));
  for (const doc of documents) {
    const hash = hashes.get(doc.id);
    if (hash === undefined || storedHashes.get(doc.id) !== hash) continue;
    const own = ownValue(result.passages, doc.id);
    if (passagesFit(own, doc)) state.segments.set(doc.id, { text: doc.text, passages: own });
    const mentions = restoreMentions(storedMentions.get(doc.id), doc);
    if (mentions) state.mentions.set(doc.id, mentions);
  }
  const kept = restoreAlignment(value, storedHashes.size, state, documents, result);
  const features = unpackFeatures(value.features);
  if (!features) return { ...state, ...kept, features: emptyFeatureMemo() };
  // The search's weights are numbered by the features' terms; keys are the packed features' list.
  const search = value.version !== 1 && isObject(value.features) && isStringArray(value.features.keys) ? unpackSearch(value.search, value.features.keys) : null;
  return { ...state, ...kept, features, search: search && search.weights.length === features.terms.length ? search : null };
}
