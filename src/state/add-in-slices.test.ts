// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { selectStory } from './current-story';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { getStoryDoc, registerStory } from './story-docs';
import { readDocuments, storyMaps } from './story-layout';
import { startFreshStory } from './story-test-support';

const MANY = 400;

function doc(n: number): SourceDocument {
  const id = `report-${n}`;
  return {
    id, title: `Report ${n}`, outlet: 'Harbour Wire', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [], proposedFrom: {},
    text: `Council report ${n}: the harbour council approved item ${n}.`, contentHash: n.toString(16).padStart(64, '0'), origin: { kind: 'pasted' }, updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('adding many documents', () => {
  it('writes them in slices, the tab free between them, reports its progress, and shows them all once the last is written', async () => {
    const storyId = await startFreshStory();
    const docs = Array.from({ length: MANY }, (_, n) => doc(n));
    let transactions = 0;
    getStoryDoc(storyId).on('afterTransaction', () => (transactions += 1));
    const progress: number[] = [];
    let ranBetween = false;
    const adding = useDocumentsStore.getState().addDocuments(docs, (written) => progress.push(written));
    const inStory = () => Object.keys(readDocuments(storyMaps(getStoryDoc(storyId))).documents).length;
    const writtenFirst = inStory();
    const listedFirst = getActiveDocuments().length;
    setTimeout(() => (ranBetween = inStory() < MANY), 0);
    await adding;
    expect(writtenFirst).toBeGreaterThan(0);
    expect(writtenFirst).toBeLessThan(MANY);
    expect(listedFirst).toBe(0);
    expect(ranBetween).toBe(true);
    expect(transactions).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(MANY);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(getActiveDocuments().map((item) => item.id).sort()).toEqual(docs.map((item) => item.id).sort());
  });

  it('keeps edits made meanwhile: a title changed while the slices are written shows with them', async () => {
    await startFreshStory();
    void useDocumentsStore.getState().addDocuments([doc(0)]);
    const adding = useDocumentsStore.getState().addDocuments(Array.from({ length: MANY }, (_, n) => doc(n + 1)));
    useDocumentsStore.getState().updateMeta('report-0', { title: 'Harbour vote' });
    await adding;
    expect(getActiveDocuments()).toHaveLength(MANY + 1);
    expect(getActiveDocuments().find((item) => item.id === 'report-0')?.title).toBe('Harbour vote');
  });

  it('puts every document in the story current when the analyst pressed Add, even if another is opened meanwhile', async () => {
    const storyId = await startFreshStory();
    const other = registerStory({ id: 'elsewhere', name: 'Elsewhere', kind: 'story' }).id;
    const adding = useDocumentsStore.getState().addDocuments(Array.from({ length: MANY }, (_, n) => doc(n)));
    selectStory(other);
    await adding;
    const stored = (id: string) => Object.keys(readDocuments(storyMaps(getStoryDoc(id))).documents).length;
    expect(stored(storyId)).toBe(MANY);
    expect(stored(other)).toBe(0);
  });

  it('writes a few documents at once, in one transaction', async () => {
    const storyId = await startFreshStory();
    const updates: Uint8Array[] = [];
    getStoryDoc(storyId).on('update', (update: Uint8Array) => updates.push(update));
    void useDocumentsStore.getState().addDocuments([doc(1), doc(2), doc(3)]);
    expect(getActiveDocuments().map((item) => item.id)).toEqual(['report-1', 'report-2', 'report-3']);
    expect(updates).toHaveLength(1);
  });
});
