// Analysis results kept in IndexedDB across reloads, read and written in the worker so the main
// thread never serialises a result of tens of megabytes. Keys come from the main thread
// (analysisStorageKey: a hash of every document's id, content hash and publication date, and the
// options), prefixed with the engine's identity (the worker passes its built URL, whose file name
// carries a content hash of the engine), so a new engine never reads an older engine's results.
// Storage is an optimisation: a failed read or write costs a re-run, never an error on screen.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { AnalysisResult } from '../core/model/analysis';

/** Results kept; the least recently used beyond this are deleted (about 30 MB each at 5,000 documents). */
export const MAX_STORED_ANALYSES = 6;
const INDEX_KEY = 'recent';

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

async function touch(key: string): Promise<void> {
  const store = analysesStore();
  const recent = await get<unknown>(INDEX_KEY, store);
  const keys = [key, ...(Array.isArray(recent) ? recent.filter((k): k is string => typeof k === 'string' && k !== key) : [])];
  await set(INDEX_KEY, keys.slice(0, MAX_STORED_ANALYSES), store);
  await Promise.all(keys.slice(MAX_STORED_ANALYSES).map((old) => del(old, store)));
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

export async function storeAnalysis(engine: string, key: string, result: AnalysisResult): Promise<void> {
  try {
    await set(`${engine}|${key}`, result, analysesStore());
    await touch(`${engine}|${key}`);
  } catch {
    // Quota or private mode: the result stays in memory for this session.
  }
}
