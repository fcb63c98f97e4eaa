// Analysis results kept in IndexedDB across reloads, read and written in the worker so the main
// thread never serialises a result of tens of megabytes. Keys come from the main thread
// (analysisStorageKey: a hash of every document's id, content hash and publication date, and the
// options), prefixed with the engine's identity (the worker passes its built URL, whose file name
// carries a content hash of the engine), so a new engine never reads an older engine's results.
// Next to the results, the state each analysis kept for the next one (core/analysis-state-record.ts),
// stored under the same key, and per lineage (story and options) the key of its latest state: the
// first document added after a reload starts from that state instead of from zero. And next to
// each result its overview alone (a few hundred kilobytes at 5,000 documents, against tens of
// megabytes for the result), read first after a reload so the Overview shows before the result is read.
// A result and a state are each stored in parts (core/model/analysis-result-parts.ts,
// core/analysis-state-record.ts), each part a value of its own:
// Chromium refuses a value over 133 MB, and 10,000 documents' result was 163 MB in one.
// Storage is an optimisation: a failed read costs a re-run, and a failed write is told, not thrown:
// the writes give back the browser's reason (a full quota at 10,000 documents, say), which the
// page shows beside the result, since the next reload will analyse again.
import { createStore, del, get, getMany, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import { joinStateRecord, splitStateRecord, type AnalysisStateRecord } from '../core/analysis-state-record';
import type { AnalysisResult } from '../core/model/analysis';
import { ResultAssembler, splitResult, type AnalysisResultPart } from '../core/model/analysis-result-parts';
import { isObject } from '../core/util/shape-guards';
import type { SourceOverview } from '../core/overview/source-overview';

/** Results kept; the least recently used beyond this are deleted (about 30 MB each at 5,000 documents). */
export const MAX_STORED_ANALYSES = 6;
/** States kept: only the latest of a lineage is ever read, and each is about as large as a result. */
export const MAX_STORED_STATES = 2;
const INDEX_KEY = 'recent';
const STATES_INDEX_KEY = 'recent-states';

let database: UseStore | null = null;
function analysesStore(): UseStore {
  database ??= createStore('crosscheck-analysis', 'results');
  return database;
}


/** Stored values are read as unknown: a damaged or foreign value is ignored, not trusted. */
function isAnalysisResult(value: unknown): value is AnalysisResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Partial<AnalysisResult>;
  return result.version === 1 && Array.isArray(result.documents) && Array.isArray(result.groups) && Array.isArray(result.findings) && typeof result.passages === 'object' && result.passages !== null && typeof result.overview === 'object' && result.overview !== null;
}

function isSourceOverview(value: unknown): value is SourceOverview {
  if (typeof value !== 'object' || value === null) return false;
  const overview = value as Partial<SourceOverview>;
  return Array.isArray(overview.ranking) && Array.isArray(overview.clusters) && typeof overview.unconnected === 'number' && typeof overview.heatMap === 'object' && overview.heatMap !== null && Array.isArray(overview.heatMap.docs) && Array.isArray(overview.heatMap.share);
}

/** A result's overview is stored under the result's own key with this suffix, and deleted with it. */
const overviewKey = (resultKey: string): string => `${resultKey}|overview`;

/** Part `index` of the value stored in parts under `key`; the head at `key` holds their count. */
const partKey = (key: string, index: number): string => `${key}|part|${String(index).padStart(6, '0')}`;

/** Every part stored under `key`, found by the range of their keys (no head needed). */
function deleteParts(key: string, store: UseStore): Promise<void> {
  return store('readwrite', (objects) => promisifyRequest(objects.delete(IDBKeyRange.bound(`${key}|part|`, `${key}|part|\uffff`))));
}

/** Stores `parts` under `key` and the entries `beside` in one transaction: all of them or none. */
function setInParts(key: string, parts: readonly unknown[], beside: [string, unknown][], store: UseStore): Promise<void> {
  return setMany([[key, { parts: parts.length }], ...parts.map((part, index): [string, unknown] => [partKey(key, index), part]), ...beside], store);
}

/** The parts stored under `key`, or null when its head or any part is missing or damaged. */
async function getParts(key: string, store: UseStore): Promise<unknown[] | null> {
  const head = await get<unknown>(key, store);
  if (!isObject(head) || typeof head.parts !== 'number' || !Number.isSafeInteger(head.parts) || head.parts < 1) return null;
  const parts = await getMany<unknown>(Array.from({ length: head.parts }, (_, index) => partKey(key, index)), store);
  return parts.some((part) => part === undefined) ? null : parts;
}

/** Puts `key` first in the index stored under `indexKey`, deleting what falls past `limit`. */
async function touch(key: string, indexKey = INDEX_KEY, limit = MAX_STORED_ANALYSES): Promise<void> {
  const store = analysesStore();
  const recent = await get<unknown>(indexKey, store);
  const keys = [key, ...(Array.isArray(recent) ? recent.filter((k): k is string => typeof k === 'string' && k !== key) : [])];
  await set(indexKey, keys.slice(0, limit), store);
  await Promise.all(keys.slice(limit).flatMap((old) => [del(old, store), del(overviewKey(old), store), deleteParts(old, store)]));
}

/** A stored result's parts put back together; parts of the wrong kind or order throw. */
function assembled(parts: readonly unknown[]): unknown {
  const assembler = new ResultAssembler();
  for (const part of parts) {
    if (!isObject(part) || !['head', 'passages', 'groups', 'findings'].includes(part.kind as string)) return null;
    assembler.add(part as unknown as AnalysisResultPart);
  }
  return assembler.result();
}

export async function readStoredAnalysis(engine: string, key: string): Promise<AnalysisResult | null> {
  try {
    const parts = await getParts(`${engine}|${key}`, analysesStore());
    const value = parts === null ? null : assembled(parts);
    if (!isAnalysisResult(value)) return null;
    await touch(`${engine}|${key}`);
    return value;
  } catch {
    return null;
  }
}

/** The overview of a stored result, without reading the result. */
export async function readStoredOverview(engine: string, key: string): Promise<SourceOverview | null> {
  try {
    const value = await get<unknown>(overviewKey(`${engine}|${key}`), analysesStore());
    return isSourceOverview(value) ? value : null;
  } catch {
    return null;
  }
}

/** Why the browser did not keep a write (its error's name and message), or null when it did. */
export type StorageRefusal = string | null;

function refusalOf(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
}

/** Stores a result and its overview; a refusal (quota, private mode) leaves it in memory for this session. */
export async function storeAnalysis(engine: string, key: string, result: AnalysisResult): Promise<StorageRefusal> {
  try {
    const resultKey = `${engine}|${key}`;
    await setInParts(resultKey, splitResult(result), [[overviewKey(resultKey), result.overview]], analysesStore());
    await touch(resultKey);
    return null;
  } catch (error) {
    return refusalOf(error);
  }
}

const stateKey = (engine: string, key: string): string => `${engine}|state|${key}`;
const lineageKey = (engine: string, lineage: string): string => `${engine}|lineage|${lineage}`;

/** Stores the state an analysis of `key` kept, as the latest of `lineage`; refused, the next run after a reload starts from zero. */
export async function storeAnalysisState(engine: string, lineage: string, key: string, state: AnalysisStateRecord): Promise<StorageRefusal> {
  try {
    const store = analysesStore();
    await setInParts(stateKey(engine, key), splitStateRecord(state), [[lineageKey(engine, lineage), key]], store);
    await touch(stateKey(engine, key), STATES_INDEX_KEY, MAX_STORED_STATES);
    return null;
  } catch (error) {
    return refusalOf(error);
  }
}

/** The latest state stored for `lineage`, unread (core/analysis-state-record.ts restores it), with its key. */
export async function readLatestAnalysisState(engine: string, lineage: string): Promise<{ key: string; state: unknown } | null> {
  try {
    const store = analysesStore();
    const key = await get<unknown>(lineageKey(engine, lineage), store);
    if (typeof key !== 'string') return null;
    const parts = await getParts(stateKey(engine, key), store);
    return parts === null ? null : { key, state: joinStateRecord(parts) };
  } catch {
    return null;
  }
}
