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
// Storage is an optimisation: a failed read or write costs a re-run, never an error on screen.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { AnalysisStateRecord } from '../core/analysis-state-record';
import type { AnalysisResult } from '../core/model/analysis';
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

/** Puts `key` first in the index stored under `indexKey`, deleting what falls past `limit`. */
async function touch(key: string, indexKey = INDEX_KEY, limit = MAX_STORED_ANALYSES): Promise<void> {
  const store = analysesStore();
  const recent = await get<unknown>(indexKey, store);
  const keys = [key, ...(Array.isArray(recent) ? recent.filter((k): k is string => typeof k === 'string' && k !== key) : [])];
  await set(indexKey, keys.slice(0, limit), store);
  await Promise.all(keys.slice(limit).flatMap((old) => [del(old, store), del(overviewKey(old), store)]));
}

export async function readStoredAnalysis(engine: string, key: string): Promise<AnalysisResult | null> {
  try {
    const value = await get<unknown>(`${engine}|${key}`, analysesStore());
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

export async function storeAnalysis(engine: string, key: string, result: AnalysisResult): Promise<void> {
  try {
    await set(`${engine}|${key}`, result, analysesStore());
    await set(overviewKey(`${engine}|${key}`), result.overview, analysesStore());
    await touch(`${engine}|${key}`);
  } catch {
    // Quota or private mode: the result stays in memory for this session.
  }
}

const stateKey = (engine: string, key: string): string => `${engine}|state|${key}`;
const lineageKey = (engine: string, lineage: string): string => `${engine}|lineage|${lineage}`;

/** Stores the state an analysis of `key` kept, as the latest of `lineage`. */
export async function storeAnalysisState(engine: string, lineage: string, key: string, state: AnalysisStateRecord): Promise<void> {
  try {
    const store = analysesStore();
    await set(stateKey(engine, key), state, store);
    await set(lineageKey(engine, lineage), key, store);
    await touch(stateKey(engine, key), STATES_INDEX_KEY, MAX_STORED_STATES);
  } catch {
    // As for results: the next run after a reload starts from zero.
  }
}

/** The latest state stored for `lineage`, unread (core/analysis-state-record.ts restores it), with its key. */
export async function readLatestAnalysisState(engine: string, lineage: string): Promise<{ key: string; state: unknown } | null> {
  try {
    const store = analysesStore();
    const key = await get<unknown>(lineageKey(engine, lineage), store);
    if (typeof key !== 'string') return null;
    const state = await get<unknown>(stateKey(engine, key), store);
    return state === undefined ? null : { key, state };
  } catch {
    return null;
  }
}
