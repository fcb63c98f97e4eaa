import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { createDocumentsStore, getActiveDocuments, useDocumentsStore } from './documents-store';
import { mergeDocumentRecords, migrateDocuments, timestampAfter, type StoredDocument } from './documents-persistence';

const HASH = 'a'.repeat(64);

function doc(id: string, overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    title: `Title ${id}`,
    outlet: 'Outlet',
    published: '2023-07-13',
    publishedBasis: 'stated',
    language: 'en',
    note: '',
    text: `Text of ${id}`,
    contentHash: HASH,
    origin: { kind: 'pasted' },
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const seed = (id: string) => doc(id, { origin: { kind: 'seed', file: `${id}.txt` } });

let storeCount = 0;
const stores: Array<ReturnType<typeof createDocumentsStore>> = [];

async function newStore(name = `test-documents-${++storeCount}`) {
  const store = createDocumentsStore(name);
  stores.push(store);
  await store.persist.rehydrate();
  return store;
}

function activeIds(store: ReturnType<typeof createDocumentsStore>): string[] {
  return Object.values(store.getState().documents)
    .filter((d) => d.removedAt === null)
    .map((d) => d.id)
    .sort();
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

afterEach(() => stores.splice(0));

describe('documents store actions', () => {
  it('removes with a tombstone and undo brings back exactly the same document', async () => {
    const store = await newStore();
    store.getState().addDocuments([doc('a'), doc('b')]);
    const before = store.getState().documents.a!;
    store.getState().removeDocument('a');
    expect(store.getState().documents.a!.removedAt).not.toBeNull();
    expect(activeIds(store)).toEqual(['b']);
    store.getState().undoRemove('a');
    const after = store.getState().documents.a!;
    expect(activeIds(store)).toEqual(['a', 'b']);
    const { updatedAt: _u1, ...restBefore } = before;
    const { updatedAt: _u2, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('restoreSeeds brings back removed seeds only and asks for missing seeds to be fetched', async () => {
    const store = await newStore();
    store.getState().installSeeds([seed('s1'), seed('s2')]);
    store.getState().addDocuments([doc('mine')]);
    store.getState().removeDocument('s1');
    store.getState().removeDocument('mine');
    store.getState().restoreSeeds();
    expect(activeIds(store)).toEqual(['s1', 's2']);
    expect(store.getState().seedsInstalled).toBe(false);
  });

  it('installSeeds does not resurrect a removed seed', async () => {
    const store = await newStore();
    store.getState().installSeeds([seed('s1')]);
    store.getState().removeDocument('s1');
    store.getState().installSeeds([seed('s1')]);
    expect(activeIds(store)).toEqual([]);
  });

  it('updateMeta and replaceText change the document and bump updatedAt', async () => {
    const store = await newStore();
    store.getState().addDocuments([doc('a')]);
    const before = store.getState().documents.a!.updatedAt;
    store.getState().updateMeta('a', { title: 'New title', published: null, publishedBasis: null });
    store.getState().replaceText('a', 'New text', 'b'.repeat(64));
    const after = store.getState().documents.a!;
    expect(after).toMatchObject({ title: 'New title', published: null, text: 'New text', contentHash: 'b'.repeat(64) });
    expect(after.updatedAt > before).toBe(true);
  });

  it('reload restores the library from IndexedDB', async () => {
    const name = `reload-${++storeCount}`;
    const first = await newStore(name);
    first.getState().installSeeds([seed('s1')]);
    first.getState().addDocuments([doc('a')]);
    first.getState().removeDocument('s1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reloaded = await newStore(name);
    expect(reloaded.getState().documents).toEqual(first.getState().documents);
    expect(reloaded.getState().seedsInstalled).toBe(true);
    expect(reloaded.getState().hydrated).toBe(true);
  });
});

describe('two tabs', () => {
  it('concurrent additions in two tabs both survive in both', async () => {
    const name = `tabs-${++storeCount}`;
    const tabA = await newStore(name);
    const tabB = await newStore(name);
    tabA.getState().addDocuments([doc('from-a')]);
    tabB.getState().addDocuments([doc('from-b')]);
    await until(() => activeIds(tabA).length === 2 && activeIds(tabB).length === 2);
    expect(activeIds(tabA)).toEqual(['from-a', 'from-b']);
    expect(activeIds(tabB)).toEqual(['from-a', 'from-b']);
  });

  it('a removal in one tab reaches the other', async () => {
    const name = `tabs-${++storeCount}`;
    const tabA = await newStore(name);
    const tabB = await newStore(name);
    tabA.getState().addDocuments([doc('x')]);
    await until(() => activeIds(tabB).includes('x'));
    tabB.getState().removeDocument('x');
    await until(() => !activeIds(tabA).includes('x'));
  });

  it('merge keeps the newer copy of each document and returns the same record when nothing is newer', () => {
    const older: StoredDocument = { ...doc('a', { title: 'old' }), removedAt: null, addedAt: '2024-01-01T00:00:00.000Z' };
    const newer: StoredDocument = { ...older, title: 'new', updatedAt: '2024-02-01T00:00:00.000Z' };
    const onlyTheirs: StoredDocument = { ...older, id: 'b' };
    const local = { a: older };
    const merged = mergeDocumentRecords(local, { a: newer, b: onlyTheirs });
    expect(merged.a!.title).toBe('new');
    expect(merged.b).toBe(onlyTheirs);
    const settled = { a: newer };
    expect(mergeDocumentRecords(settled, { a: older })).toBe(settled);
  });
});

describe('migration', () => {
  it('migrates a version 1 save: array of documents, removed seeds listed by id, invalid records dropped', () => {
    const versionOne = {
      documents: [seed('s1'), seed('s2'), doc('mine'), { id: 'broken', title: 42 }],
      removedSeedIds: ['s2'],
    };
    const migrated = migrateDocuments(versionOne, 1);
    expect(Object.keys(migrated.documents).sort()).toEqual(['mine', 's1', 's2']);
    expect(migrated.documents.s2!.removedAt).toBe(seed('s2').updatedAt);
    expect(migrated.documents.s1!.removedAt).toBeNull();
    expect(migrated.documents.mine!.addedAt).toBe(doc('mine').updatedAt);
    expect(migrated.seedsInstalled).toBe(true);
  });

  it('a store finding a version 1 save in storage loads it migrated', async () => {
    const name = `migrate-${++storeCount}`;
    const { set } = await import('idb-keyval');
    await set(name, JSON.stringify({ state: { documents: [seed('s1')], removedSeedIds: ['s1'] }, version: 1 }));
    const store = await newStore(name);
    expect(store.getState().documents.s1!.removedAt).not.toBeNull();
    expect(store.getState().seedsInstalled).toBe(true);
  });

  it('timestamps strictly increase even within one millisecond', () => {
    const now = new Date('2024-01-01T00:00:00.000Z');
    expect(timestampAfter('2024-01-01T00:00:00.000Z', now)).toBe('2024-01-01T00:00:00.001Z');
    expect(timestampAfter(null, now)).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('active documents', () => {
  it('lists seeds by id, then added documents by when they were added, without removed ones', () => {
    const stored = (d: SourceDocument, addedAt: string, removedAt: string | null = null): StoredDocument => ({ ...d, addedAt, removedAt });
    useDocumentsStore.setState({
      documents: {
        late: stored(doc('late'), '2024-03-01T00:00:00.000Z'),
        s2: stored(seed('s2'), '2024-05-01T00:00:00.000Z'),
        early: stored(doc('early'), '2024-02-01T00:00:00.000Z'),
        s1: stored(seed('s1'), '2024-05-01T00:00:00.000Z'),
        gone: stored(doc('gone'), '2024-01-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z'),
      },
    });
    expect(getActiveDocuments().map((d) => d.id)).toEqual(['s1', 's2', 'early', 'late']);
  });

  it('returns the same array while the active documents are unchanged', () => {
    const first = getActiveDocuments();
    const gone = useDocumentsStore.getState().documents.gone!;
    useDocumentsStore.setState({ documents: { ...useDocumentsStore.getState().documents, gone: { ...gone, title: 'Edited while removed' } } });
    expect(getActiveDocuments()).toBe(first);
    useDocumentsStore.getState().updateMeta('early', { title: 'Changed' });
    const second = getActiveDocuments();
    expect(second).not.toBe(first);
    expect(second.find((d) => d.id === 'early')?.title).toBe('Changed');
  });
});
