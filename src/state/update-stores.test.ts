import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { indexedDbUpdateStore } from './update-stores';

function textOf(doc: Y.Doc): string {
  return doc.getText('body').toString();
}

describe('the IndexedDB update store', () => {
  it('reads what y-indexeddb stored (earlier versions), in one transaction of the store’s origin', async () => {
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
    expect(origins).toEqual([store.origin]);
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
});
