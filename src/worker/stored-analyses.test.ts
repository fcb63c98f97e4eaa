import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, del, keys } from 'idb-keyval';
import type { AnalysisResult, Passage } from '../core/model/analysis';
import { PART_BUDGET } from '../core/model/analysis-result-parts';
import { summarizeSources } from '../core/overview/source-overview';
import type { AnalysisStateRecord } from '../core/analysis-state-record';
import { MAX_STORED_ANALYSES, MAX_STORED_STATES, readLatestAnalysisState, readStoredAnalysis, readStoredOverview, storeAnalysis, storeAnalysisState } from './stored-analyses';

function result(title: string): AnalysisResult {
  return { version: 1, documents: [{ id: 'a', title, published: null, length: 3 }], passages: {}, groups: [], findings: [], overview: summarizeSources([], {}, [], 0) };
}

/** A result of more passages than one part holds: 10,000 documents' result was over Chromium's 133 MB per value. */
function largeResult(): AnalysisResult {
  const passages: Passage[] = Array.from({ length: PART_BUDGET * 2 + 7 }, (_, index) => ({ doc: 'a', start: index, end: index + 1, text: 'x', paragraph: index, boilerplate: null }));
  return { ...result('large'), passages: { a: passages } };
}

const partKeys = async (key: string) => (await keys<string>(createStore('crosscheck-analysis', 'results'))).filter((stored) => stored.startsWith(`${key}|part|`));

describe('stored analyses', () => {
  it('stores a result as parts, each a value of its own, and reads it back whole', async () => {
    const large = largeResult();
    expect(await storeAnalysis('engine', 'analysis:large', large)).toBeNull();
    expect((await partKeys('engine|analysis:large')).length).toBeGreaterThan(2);
    expect(await readStoredAnalysis('engine', 'analysis:large')).toEqual(large);
  });

  it('reads a result with a part missing as no result, and says why a write was refused', async () => {
    await storeAnalysis('engine', 'analysis:torn', largeResult());
    const [first] = await partKeys('engine|analysis:torn');
    await del(first!, createStore('crosscheck-analysis', 'results'));
    expect(await readStoredAnalysis('engine', 'analysis:torn')).toBeNull();
    // A value IndexedDB cannot clone, as a quota or size refusal would be: told, not thrown.
    const unclonable = { ...result('unclonable'), overview: { ...result('x').overview, draw: () => undefined } } as unknown as AnalysisResult;
    expect(await storeAnalysis('engine', 'analysis:unclonable', unclonable)).toMatch(/^DataCloneError: /);
    expect(await readStoredAnalysis('engine', 'analysis:unclonable')).toBeNull();
  });

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
    expect(await partKeys('engine|filler-0')).toEqual([]);
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
    const state = (hash: string): AnalysisStateRecord => ({ version: 3, hashes: [['a', hash]], features: { texts: [], keys: [], lengths: new Int32Array(), ids: new Int32Array(), terms: [] }, mentions: [] });
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
