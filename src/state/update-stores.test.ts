import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { indexedDbUpdateStore, LOAD_SLICE_BYTES } from './update-stores';

function textOf(doc: Y.Doc): string {
  return doc.getText('body').toString();
}

/** Stores `count` reports of `length` characters in database `name`, each in an update of its own. */
async function storeReports(name: string, count: number, length: number) {
  const written = new Y.Doc();
  const writer = indexedDbUpdateStore(name, written);
  await writer.open();
  await writer.load();
  const reports = written.getMap<string>('reports');
  for (let n = 0; n < count; n += 1) {
    reports.set(`report-${n}`, `${n} `.padEnd(length, 'x'));
    await writer.append(Y.encodeStateAsUpdate(written, Y.encodeStateVector(new Map([[written.clientID, n]]))));
  }
  return { written, reports, writer };
}

describe('the IndexedDB update store', () => {
  it('asks every write to commit as soon as it is issued, so a reload right after it keeps the write', async () => {
    const doc = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-commit', doc);
    await store.open();
    await store.load();
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    doc.getText('body').insert(0, 'Wang Yi met Sergey Lavrov');
    await store.append(Y.encodeStateAsUpdate(doc));
    await store.replaceAll(Y.encodeStateAsUpdate(doc));
    expect(commit).toHaveBeenCalledTimes(2);
    commit.mockRestore();
    store.close();
  });

  it('reads what y-indexeddb stored (earlier versions), in transactions of the store’s origin', async () => {
    const written = new Y.Doc();
    const persistence = new IndexeddbPersistence('update-store-legacy', written);
    await persistence.whenSynced;
    written.getText('body').insert(0, 'Wang Yi met Sergey Lavrov');
    written.getText('body').insert(25, ' in Jakarta.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await persistence.destroy();

    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-legacy', read);
    const origins: unknown[] = [];
    read.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    await store.open();
    await store.load();
    expect(textOf(read)).toBe('Wang Yi met Sergey Lavrov in Jakarta.');
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set([store.origin]));
    store.close();
  });

  it('keeps appended updates and a replaced state across reopening, counting what it holds', async () => {
    const doc = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-own', doc);
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== store.origin && void store.append(update));
    await store.open();
    await store.load();
    doc.getText('body').insert(0, 'first ');
    doc.getText('body').insert(6, 'second');
    await expect.poll(() => store.size).toBe(2);
    await store.replaceAll(Y.encodeStateAsUpdate(doc));
    expect(store.size).toBe(1);
    store.close();

    const again = new Y.Doc();
    const reopened = indexedDbUpdateStore('update-store-own', again);
    await reopened.open();
    await reopened.load();
    expect(textOf(again)).toBe('first second');
    expect(reopened.size).toBe(1);
    reopened.close();
  });

  it('reads a large stored copy a slice per task, in transactions of the store’s origin that no update listener hears', async () => {
    const count = 80;
    const { reports, writer } = await storeReports('update-store-slices', count, Math.ceil((LOAD_SLICE_BYTES * 2) / count));
    writer.close();

    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-slices', read);
    const origins: unknown[] = [];
    const heard: unknown[] = [];
    let otherTasks = 0;
    read.on('afterTransaction', (transaction: Y.Transaction) => {
      origins.push(transaction.origin);
      setTimeout(() => (otherTasks += 1), 0);
    });
    read.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin));
    await store.open();
    await store.load();
    expect(origins.length).toBeGreaterThan(1);
    expect(new Set(origins)).toEqual(new Set([store.origin]));
    expect(otherTasks).toBeGreaterThan(0);
    expect(heard).toEqual([]);
    expect(read.getMap('reports').toJSON()).toEqual(reports.toJSON());
    expect(store.size).toBe(count);
    read.getMap('reports').set('note', 'kept');
    expect(heard).toEqual([null]);
    store.close();
  });

  it('loses nothing when another tab stores the whole state between two slices of a read', async () => {
    const { written, reports, writer } = await storeReports('update-store-compacted', 100, Math.ceil(LOAD_SLICE_BYTES / 10));

    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-compacted', read);
    let compacted = false;
    read.on('afterTransaction', () => {
      if (compacted) return;
      compacted = true;
      void writer.replaceAll(Y.encodeStateAsUpdate(written));
    });
    await store.open();
    await store.load();
    expect(compacted).toBe(true);
    expect(read.getMap('reports').toJSON()).toEqual(reports.toJSON());
    writer.close();
    store.close();
  });
});
