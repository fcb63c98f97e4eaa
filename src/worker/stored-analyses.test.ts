import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../core/model/analysis';
import { summarizeSources } from '../core/overview/source-overview';
import { MAX_STORED_ANALYSES, readStoredAnalysis, storeAnalysis } from './stored-analyses';

function result(title: string): AnalysisResult {
  return { version: 1, documents: [{ id: 'a', title, published: null, length: 3 }], passages: {}, groups: [], findings: [], overview: summarizeSources([], {}, [], 0) };
}

describe('stored analyses', () => {
  it('gives back a stored result for the same engine and key only', async () => {
    await storeAnalysis('/assets/worker-abc.js', 'analysis:1', result('first'));
    expect((await readStoredAnalysis('/assets/worker-abc.js', 'analysis:1'))?.documents[0]?.title).toBe('first');
    expect(await readStoredAnalysis('/assets/worker-def.js', 'analysis:1')).toBeNull();
    expect(await readStoredAnalysis('/assets/worker-abc.js', 'analysis:2')).toBeNull();
  });

  it('keeps the most recently used results and deletes the oldest', async () => {
    await storeAnalysis('engine', 'kept-by-use', result('kept'));
    for (let i = 0; i < MAX_STORED_ANALYSES - 1; i += 1) await storeAnalysis('engine', `filler-${i}`, result(`filler ${i}`));
    expect(await readStoredAnalysis('engine', 'kept-by-use')).not.toBeNull();
    await storeAnalysis('engine', 'newest', result('newest'));
    expect(await readStoredAnalysis('engine', 'kept-by-use')).not.toBeNull();
    expect(await readStoredAnalysis('engine', 'filler-0')).toBeNull();
    expect(await readStoredAnalysis('engine', 'newest')).not.toBeNull();
  });

  it('ignores a damaged value instead of handing it to the views', async () => {
    const { createStore, set } = await import('idb-keyval');
    await set('engine|damaged', { version: 1, documents: 'not a list' }, createStore('crosscheck-analysis', 'results'));
    expect(await readStoredAnalysis('engine', 'damaged')).toBeNull();
  });
});
