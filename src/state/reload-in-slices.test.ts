// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { selectStory } from './current-story';
import { CATCH_UP_SLICE, getActiveDocuments, useDocumentsStore } from './documents-store';
import { closeStory, getStoryDoc, getStoryPersistence, registerStory } from './story-docs';
import { startFreshStory } from './story-test-support';
import { LOAD_SLICE_BYTES } from './update-stores';

const COUNT = 300;

function report(n: number): SourceDocument {
  return {
    id: `report-${n}`, title: `Report ${n}`, outlet: 'Harbour Wire', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [], proposedFrom: {},
    text: `Council report ${n}: the harbour council approved item ${n}. `.repeat(Math.ceil((LOAD_SLICE_BYTES * 2) / COUNT / 60)),
    contentHash: n.toString(16).padStart(64, '0'), origin: { kind: 'pasted' }, updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('opening a large stored story', () => {
  it('reads it a slice per transaction, then its documents a slice per task, and lists the library once, whole, when both are over', async () => {
    const storyId = await startFreshStory();
    for (let n = 0; n < COUNT; n += 1) await useDocumentsStore.getState().addDocuments([report(n)]);
    await expect.poll(() => getStoryPersistence(storyId).saveState, { timeout: 30_000 }).toBe('saved');
    const elsewhere = registerStory({ id: 'elsewhere', name: 'Elsewhere', kind: 'story' }).id;
    selectStory(elsewhere);
    closeStory(storyId);

    const listed: Array<{ count: number; hydrated: boolean }> = [];
    const stop = useDocumentsStore.subscribe((state) => {
      if (state.storyId === storyId) listed.push({ count: Object.keys(state.documents).length, hydrated: state.hydrated });
    });
    let transactions = 0;
    getStoryDoc(storyId).on('afterTransaction', () => (transactions += 1));
    selectStory(storyId);
    await getStoryPersistence(storyId).whenReady;
    await expect.poll(() => useDocumentsStore.getState().storyId === storyId && useDocumentsStore.getState().hydrated, { timeout: 30_000 }).toBe(true);
    stop();
    expect(COUNT).toBeGreaterThan(CATCH_UP_SLICE);
    expect(transactions).toBeGreaterThan(1);
    expect(listed.map(({ count }) => count).filter((count) => count !== 0 && count !== COUNT)).toEqual([]);
    expect(listed.at(-1)).toEqual({ count: COUNT, hydrated: true });
    expect(getActiveDocuments().map((doc) => doc.id).sort()).toEqual(Array.from({ length: COUNT }, (_, n) => `report-${n}`).sort());
  });
});
