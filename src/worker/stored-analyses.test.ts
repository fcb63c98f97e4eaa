import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../core/model/analysis';
import { summarizeSources } from '../core/overview/source-overview';
import type { AnalysisStateRecord } from '../core/analysis-state-record';
import { MAX_STORED_ANALYSES, MAX_STORED_STATES, readLatestAnalysisState, readStoredAnalysis, readStoredOverview, storeAnalysis, storeAnalysisState } from './stored-analyses';

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

  it("gives back a stored result's overview alone, for the same engine and key only", async () => {
    const stored = result('with overview');
    await storeAnalysis('engine', 'analysis:overview', stored);
    expect(await readStoredOverview('engine', 'analysis:overview')).toEqual(stored.overview);
    expect(await readStoredOverview('other engine', 'analysis:overview')).toBeNull();
    expect(await readStoredOverview('engine', 'analysis:none')).toBeNull();
  });

  it('keeps the most recently used results and deletes the oldest', async () => {
    await storeAnalysis('engine', 'kept-by-use', result('kept'));
    for (let i = 0; i < MAX_STORED_ANALYSES - 1; i += 1) await storeAnalysis('engine', `filler-${i}`, result(`filler ${i}`));
    expect(await readStoredAnalysis('engine', 'kept-by-use')).not.toBeNull();
    await storeAnalysis('engine', 'newest', result('newest'));
    expect(await readStoredAnalysis('engine', 'kept-by-use')).not.toBeNull();
    expect(await readStoredAnalysis('engine', 'filler-0')).toBeNull();
    expect(await readStoredOverview('engine', 'filler-0')).toBeNull();
    expect(await readStoredOverview('engine', 'newest')).not.toBeNull();
    expect(await readStoredAnalysis('engine', 'newest')).not.toBeNull();
  });

  it('ignores a damaged value instead of handing it to the views', async () => {
    const { createStore, set } = await import('idb-keyval');
    await set('engine|damaged', { version: 1, documents: 'not a list' }, createStore('crosscheck-analysis', 'results'));
    expect(await readStoredAnalysis('engine', 'damaged')).toBeNull();
    await set('engine|damaged|overview', { ranking: 'not a list' }, createStore('crosscheck-analysis', 'results'));
    expect(await readStoredOverview('engine', 'damaged')).toBeNull();
  });

  it("gives back the latest state of a story's analyses, for the same engine only, and keeps the few most recent", async () => {
    const state = (hash: string): AnalysisStateRecord => ({ version: 1, hashes: [['a', hash]], features: { texts: [], keys: [], lengths: new Int32Array(), ids: new Int32Array(), terms: [] }, mentions: [] });
    expect(await readLatestAnalysisState('engine', 'story-1|content')).toBeNull();
    await storeAnalysisState('engine', 'story-1|content', 'analysis:1', state('first'));
    await storeAnalysisState('engine', 'story-1|content', 'analysis:2', state('second'));
    expect(await readLatestAnalysisState('engine', 'story-1|content')).toEqual({ key: 'analysis:2', state: state('second') });
    expect(await readLatestAnalysisState('other engine', 'story-1|content')).toBeNull();
    expect(await readLatestAnalysisState('engine', 'story-1|with-boilerplate')).toBeNull();
    for (let i = 0; i < MAX_STORED_STATES; i += 1) await storeAnalysisState('engine', `story-${i + 2}|content`, `analysis:${i + 3}`, state(`story ${i + 2}`));
    expect(await readLatestAnalysisState('engine', 'story-1|content')).toBeNull();
    expect(await readLatestAnalysisState('engine', `story-${MAX_STORED_STATES + 1}|content`)).not.toBeNull();
  });
});
