// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { selectStory } from './current-story';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { COMPACT_AFTER } from './persisted-doc';
import { STATE_PART_BYTES } from '../worker/state-parts';
import { closeStory, getStoryPersistence, registerStory, storyDbName } from './story-docs';
import { startFreshStory, storedRecords } from './story-test-support';
import { LOAD_SLICE_BYTES } from './update-stores';

const COUNT = 5_000;
/** Documents added per call: one stored update or more each, so the story is compacted on the way. */
const PER_ADD = COUNT / COMPACT_AFTER;

function report(n: number): SourceDocument {
  return {
    id: `report-${n}`, title: `Report ${n}`, outlet: 'Harbour Wire', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [], proposedFrom: {},
    text: `Council report ${n}: the harbour council approved item ${n} of the harbour budget after a long debate. `.repeat(12),
    contentHash: n.toString(16).padStart(64, '0'), origin: { kind: 'pasted' }, updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('reloading a compacted 5,000-document story', () => {
  it('reads the compacted state in slices of bounded size, and the whole library back', { timeout: 240_000 }, async () => {
    const storyId = await startFreshStory();
    const name = storyDbName(storyId);
    /** Calls on the story's updates store, by the store each was made on (the spy's `this`). */
    const inStory = (store: unknown) => store instanceof IDBObjectStore && store.name === 'updates' && store.transaction.db.name === name;
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear');
    for (let n = 0; n < COUNT; n += PER_ADD) await useDocumentsStore.getState().addDocuments(Array.from({ length: PER_ADD }, (_, k) => report(n + k)));
    await expect.poll(() => getStoryPersistence(storyId).saveState, { timeout: 30_000 }).toBe('saved');
    // The compaction runs after the edits are stored (in a worker; in the calling thread under Node).
    await expect.poll(async () => (await storedRecords(name)).updates.length, { timeout: 60_000 }).toBeLessThan(COMPACT_AFTER);
    expect(clear.mock.contexts.filter(inStory)).not.toHaveLength(0);
    clear.mockRestore();
    const elsewhere = registerStory({ id: 'elsewhere', name: 'Elsewhere', kind: 'story' }).id;
    selectStory(elsewhere);
    closeStory(storyId);

    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    selectStory(storyId);
    await getStoryPersistence(storyId).whenReady;
    await expect.poll(() => useDocumentsStore.getState().storyId === storyId && useDocumentsStore.getState().hydrated, { timeout: 30_000 }).toBe(true);
    const slices = getAll.mock.contexts
      .map((store, call) => ({ store, request: getAll.mock.results[call]!.value as IDBRequest<Uint8Array[]> }))
      .filter(({ store }) => inStory(store))
      .map(({ request }) => request.result.reduce((sum, update) => sum + update.byteLength, 0));
    getAll.mockRestore();
    const stored = slices.reduce((sum, bytes) => sum + bytes, 0);
    // A slice reads about LOAD_SLICE_BYTES at the last slice's average update size: over it by at most one part.
    expect(Math.max(...slices)).toBeLessThanOrEqual(LOAD_SLICE_BYTES + STATE_PART_BYTES);
    expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(stored / (LOAD_SLICE_BYTES + STATE_PART_BYTES)));
    expect(stored).toBeGreaterThan(LOAD_SLICE_BYTES * 2);
    expect(getActiveDocuments()).toHaveLength(COUNT);
    expect(getActiveDocuments().find((doc) => doc.id === 'report-4999')?.text).toBe(report(4999).text);
  });
});
