import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import { persistDoc } from './persisted-doc';
import { encodeStateInParts, STATE_PART_BYTES } from '../worker/state-parts';
import { indexedDbUpdateStore, LOAD_SLICE_BYTES } from './update-stores';
import { STORED_FORMAT } from '../worker/update-store-layout';
import { storedRecords } from './story-test-support';

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

/**
 * Makes every add and put in the databases whose name starts with `prefix` refuse while
 * `faults.failWrites` says so, as a full disk does (the e2e BrowserStorage.injectFaults does the same
 * in Chromium); returns the function that undoes it.
 */
function refuseWrites(prefix: string, faults: { failWrites: boolean }): () => void {
  const originals = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
  for (const method of ['add', 'put'] as const) {
    const original = originals[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (faults.failWrites && this.transaction.db.name.startsWith(prefix)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  return () => Object.assign(IDBObjectStore.prototype, originals);
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
    await store.replaceAll([Y.encodeStateAsUpdate(doc)]);
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
    await store.replaceAll([Y.encodeStateAsUpdate(doc)]);
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
      void writer.replaceAll([Y.encodeStateAsUpdate(written)]);
    });
    await store.open();
    await store.load();
    expect(compacted).toBe(true);
    expect(read.getMap('reports').toJSON()).toEqual(reports.toJSON());
    writer.close();
    store.close();
  });

  it('stores a whole state as its parts, reads them back in order, and marks the database as this version’s', async () => {
    const { written, reports, writer } = await storeReports('update-store-parts', 40, 2_000);
    const parts = encodeStateInParts(written, 20_000);
    expect(parts.length).toBeGreaterThan(3);
    await writer.replaceAll(parts);
    expect(writer.size).toBe(parts.length);
    writer.close();
    const { updates, format } = await storedRecords('update-store-parts');
    expect(updates).toEqual(parts);
    expect(format).toBe(STORED_FORMAT);

    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-parts', read);
    await store.open();
    await store.load();
    expect(read.getMap('reports').toJSON()).toEqual(reports.toJSON());
    expect(store.size).toBe(parts.length);
    expect(store.outdated).toBe(false);
    store.close();
  });

  it('stores a whole state an earlier version compacted into one large update again in parts, once, keeping it as it was', async () => {
    const written = new Y.Doc();
    const persistence = new IndexeddbPersistence('update-store-earlier', written);
    await persistence.whenSynced;
    const reports = written.getMap<string>('reports');
    const length = Math.ceil((LOAD_SLICE_BYTES * 3) / 300);
    for (let n = 0; n < 300; n += 1) reports.set(`report-${n}`, `${n} `.padEnd(length, 'x'));
    await storeState(persistence, true);
    await persistence.destroy();
    const earlier = await storedRecords('update-store-earlier');
    expect(earlier.updates).toHaveLength(1);
    expect(earlier.updates[0]!.byteLength).toBeGreaterThan(LOAD_SLICE_BYTES * 3);
    expect(earlier.format).toBeUndefined();

    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-earlier', read);
    const persisted = persistDoc(read, store, { onProblem: () => undefined });
    await persisted.whenReady;
    expect(store.outdated).toBe(true);
    expect(read.getMap('reports').toJSON()).toEqual(reports.toJSON());
    // Compacted after the read, off the page (in a worker; in the calling thread under Node).
    await expect.poll(() => store.outdated, { timeout: 30_000 }).toBe(false);
    expect(persisted.saveState).toBe('saved');
    persisted.destroy();

    const now = await storedRecords('update-store-earlier');
    expect(now.format).toBe(STORED_FORMAT);
    expect(now.updates.length).toBeGreaterThan(3);
    // Over a part's size by at most one report.
    expect(Math.max(...now.updates.map((update) => update.byteLength))).toBeLessThan(STATE_PART_BYTES + length + 100);
    const again = new Y.Doc();
    const reopened = indexedDbUpdateStore('update-store-earlier', again);
    await reopened.open();
    await reopened.load();
    expect(again.getMap('reports').toJSON()).toEqual(reports.toJSON());
    expect(reopened.outdated).toBe(false);
    reopened.close();
  });

  it('does not take a large update this version appended for an earlier version’s whole state', async () => {
    const { writer } = await storeReports('update-store-large-append', 1, LOAD_SLICE_BYTES * 2);
    writer.close();
    const read = new Y.Doc();
    const store = indexedDbUpdateStore('update-store-large-append', read);
    await store.open();
    await store.load();
    expect(store.size).toBe(1);
    expect(store.outdated).toBe(false);
    store.close();
  });

  it('reports a refused write to a story it creates as a write that is retried, and stores it, marked, once writes work again', async () => {
    const faults = { failWrites: true };
    const restore = refuseWrites('update-store-refused', faults);
    try {
      const doc = new Y.Doc();
      const store = indexedDbUpdateStore('update-store-refused', doc);
      const problems: Array<string | null> = [];
      const retries: Array<() => void> = [];
      const persisted = persistDoc(doc, store, {
        onProblem: (problem) => problems.push(problem && `${problem.operation}: ${(problem.reason as DOMException).name}`),
        schedule: (run) => (retries.push(run), () => undefined),
      });
      expect(await persisted.whenReady).toBe('loaded');
      doc.getText('body').insert(0, 'Wang Yi met Sergey Lavrov');
      await expect.poll(() => persisted.saveState).toBe('failed');
      expect(problems).toEqual(['write: QuotaExceededError']);

      faults.failWrites = false;
      retries.shift()!();
      await expect.poll(() => persisted.saveState).toBe('saved');
      expect(problems).toEqual(['write: QuotaExceededError', null]);
      persisted.destroy();
    } finally {
      restore();
    }
    const { updates, format } = await storedRecords('update-store-refused');
    const stored = new Y.Doc();
    for (const update of updates) Y.applyUpdate(stored, update);
    expect(textOf(stored)).toBe('Wang Yi met Sergey Lavrov');
    expect(format).toBe(STORED_FORMAT);
  });
});
