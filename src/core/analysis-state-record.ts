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
// Restoring takes `unknown` and trusts nothing: a document whose hash, passages or mentions do
// not fit its current text is left out (and analysed again), a wrong version or shape gives the
// empty state. What is restored is exactly what was kept, so a run from it equals a run from
// scratch (analysis-state-record.test.ts).
import { emptyAnalysisState, type AnalysisState } from './analyze';
import { emptyFeatureMemo } from './align/alignment-corpus';
import { packFeatures, unpackFeatures, type PackedFeatures } from './align/packed-features';
import { packSearch, unpackSearch, type PackedSearch } from './align/packed-search';
import type { DocumentMentions } from './findings/extract-mentions';
import type { Passage } from './model/analysis';
import type { AnalysisDocument } from './model/document';
import { concatInt32 } from './util/arrays';
import { ownValue } from './util/id-record';
import { isObject, isStringArray } from './util/shape-guards';

/** Raised whenever the stored shape changes: an older record is then ignored, not misread. */
export const ANALYSIS_STATE_VERSION = 2;
/** Records of these versions still open: version 1 is version 2 without the kept search. */
const OPENED_VERSIONS: readonly unknown[] = [1, ANALYSIS_STATE_VERSION];

type StoredMentions = Omit<DocumentMentions, 'text'>;

export interface AnalysisStateRecord {
  version: typeof ANALYSIS_STATE_VERSION;
  /** Per document id, the hash of the text the state was built from. */
  hashes: [string, string][];
  features: PackedFeatures;
  mentions: [string, StoredMentions][];
  /** The kept candidate search, packed against `features.keys`; absent when the state had none. */
  search?: PackedSearch;
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
  };
}

/** Documents (hashes or mentions) or passages (features) per stored part. */
export const STATE_PART_ITEMS = 2_000;

export type AnalysisStatePart =
  | { kind: 'head'; version: typeof ANALYSIS_STATE_VERSION; terms: string[] }
  | { kind: 'hashes'; hashes: [string, string][] }
  | { kind: 'mentions'; mentions: [string, StoredMentions][] }
  | { kind: 'features'; texts: string[]; keys: string[]; lengths: Int32Array<ArrayBuffer>; ids: Int32Array<ArrayBuffer> }
  | { kind: 'search'; search: PackedSearch };

function slices<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
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
    else return null;
  }
  const features = { texts, keys, lengths: concatInt32(lengths), ids: concatInt32(ids), terms: head.terms };
  return { version: head.version, hashes, mentions, features, ...(search === undefined ? {} : { search }) };
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
  if (![value.dates, value.quantities, value.names, value.quotes].every((mentions) => spansFit(mentions, doc))) return null;
  return { ...(value as unknown as StoredMentions), text: doc.text };
}

/**
 * The state stored by analysisStateRecord, for `documents` (whose texts hash to `hashes`) and the
 * passages of the result stored with it; what does not fit the documents is left out.
 */
export function restoreAnalysisState(
  value: unknown,
  documents: readonly AnalysisDocument[],
  hashes: ReadonlyMap<string, string>,
  passages: Readonly<Record<string, Passage[]>>,
): AnalysisState {
  const state = emptyAnalysisState();
  if (!isObject(value) || !OPENED_VERSIONS.includes(value.version) || !Array.isArray(value.hashes) || !Array.isArray(value.mentions)) return state;
  const storedHashes = new Map(value.hashes.filter((entry): entry is [string, string] => isStringArray(entry) && entry.length === 2));
  const storedMentions = new Map(value.mentions.filter((entry): entry is [string, unknown] => Array.isArray(entry) && typeof entry[0] === 'string'));
  for (const doc of documents) {
    const hash = hashes.get(doc.id);
    if (hash === undefined || storedHashes.get(doc.id) !== hash) continue;
    const own = ownValue(passages, doc.id);
    if (passagesFit(own, doc)) state.segments.set(doc.id, { text: doc.text, passages: own });
    const mentions = restoreMentions(storedMentions.get(doc.id), doc);
    if (mentions) state.mentions.set(doc.id, mentions);
  }
  const features = unpackFeatures(value.features);
  if (!features) return { ...state, features: emptyFeatureMemo() };
  // The search's weights are numbered by the features' terms; keys are the packed features' list.
  const search = value.version === ANALYSIS_STATE_VERSION && isObject(value.features) && isStringArray(value.features.keys) ? unpackSearch(value.search, value.features.keys) : null;
  return { ...state, features, search: search && search.weights.length === features.terms.length ? search : null };
}
