import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { storedRecords } from '../state/story-test-support';
import { indexedDbUpdateStore } from '../state/update-stores';
import { compactStoredUpdates } from './compact-stored-updates';
import { STATE_PART_BYTES } from './state-parts';
import { STORED_FORMAT } from './update-store-layout';

/** A story of `count` edits of `length` characters, each stored as an update of its own, as the page appends them. */
async function storeEdits(name: string, count: number, length = 200) {
  const doc = new Y.Doc();
  const store = indexedDbUpdateStore(name, doc);
  await store.open();
  await store.load();
  const reports = doc.getMap<string>('reports');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let n = 0; n < count; n += 1) {
    reports.set(`report-${n % 400}`, `${n} `.padEnd(length, 'x'));
    await store.append(updates.at(-1)!);
  }
  /** Makes one more edit and appends it, as the page does. */
  const edit = (key: string, value: string) => {
    reports.set(key, value);
    return store.append(updates.at(-1)!).then(() => updates.at(-1)!);
  };
  return { doc, store, edit };
}

function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Calls `run` once, right after the compaction issued its read of database `name`: between its read and its write. */
function afterTheRead(name: string, run: () => void): () => void {
  const original = IDBObjectStore.prototype.getAll;
  let done = false;
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = original.apply(this, args);
    if (!done && this.transaction.mode === 'readonly' && this.transaction.db.name === name) {
      done = true;
      run();
    }
    return request;
  });
  return () => getAll.mockRestore();
}

describe('compacting stored updates (in the worker)', () => {
  it('replaces them by the whole state in parts, each applying whole on the ones before, and marks the format', async () => {
    const { doc, store } = await storeEdits('compact-parts', 1_200, 3_000);
    store.close();
    const outcome = await compactStoredUpdates('compact-parts');
    const { updates, format } = await storedRecords('compact-parts');
    expect(outcome).toEqual({ compacted: true, stored: updates.length });
    expect(updates.length).toBeGreaterThan(1);
    expect(updates.length).toBeLessThan(10);
    expect(Math.max(...updates.map((update) => update.byteLength))).toBeLessThan(STATE_PART_BYTES + 4_000);
    expect(format).toBe(STORED_FORMAT);
    const read = new Y.Doc();
    for (const update of updates) {
      Y.applyUpdate(read, update);
      expect(read.store.pendingStructs).toBeNull();
    }
    expect(read.getMap('reports').toJSON()).toEqual(doc.getMap('reports').toJSON());
  });

  it('keeps the updates appended between its read and its write after the parts, every record at a higher key than before', async () => {
    const { doc, store, edit } = await storeEdits('compact-meanwhile', 600);
    const before = await storedRecords('compact-meanwhile');
    let appended: Promise<Uint8Array> | undefined;
    const restore = afterTheRead('compact-meanwhile', () => (appended = edit('meanwhile', 'kept')));
    const outcome = await compactStoredUpdates('compact-meanwhile');
    restore();
    const meanwhile = await appended!;
    const after = await storedRecords('compact-meanwhile');
    expect(outcome).toEqual({ compacted: true, stored: after.updates.length });
    expect(after.updates.length).toBeLessThan(10);
    expect(after.updates.at(-1)).toEqual(meanwhile);
    expect(Math.min(...(after.keys as number[]))).toBeGreaterThan(Math.max(...(before.keys as number[])) + 1);
    expect(docOf(after.updates).getMap('reports').toJSON()).toEqual(doc.getMap('reports').toJSON());
    store.close();
  });

  it('changes nothing when another tab stored the whole state between its read and its write', async () => {
    const { doc, store } = await storeEdits('compact-superseded', 600);
    let replaced: Promise<void> | undefined;
    const whole = Y.encodeStateAsUpdate(doc);
    const restore = afterTheRead('compact-superseded', () => (replaced = store.replaceAll([whole])));
    const outcome = await compactStoredUpdates('compact-superseded');
    restore();
    await replaced;
    expect(outcome).toEqual({ compacted: false, stored: 1 });
    expect((await storedRecords('compact-superseded')).updates).toEqual([whole]);
    store.close();
  });

  it('when its write is refused midway, leaves every update as it was (one transaction)', async () => {
    const { doc, store } = await storeEdits('compact-refused', 600);
    store.close();
    const before = await storedRecords('compact-refused');
    const original = IDBObjectStore.prototype.add;
    let adds = 0;
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.transaction.db.name === 'compact-refused' && ++adds === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(compactStoredUpdates('compact-refused')).rejects.toThrow('Quota exceeded');
    add.mockRestore();
    expect(adds).toBe(2);
    const after = await storedRecords('compact-refused');
    expect(after).toEqual(before);
    expect(docOf(after.updates).getMap('reports').toJSON()).toEqual(doc.getMap('reports').toJSON());
  });

  it('does not create a database that is not there (a story deleted meanwhile)', async () => {
    expect(await compactStoredUpdates('compact-deleted')).toEqual({ compacted: false, stored: 0 });
    expect((await indexedDB.databases()).map(({ name }) => name)).not.toContain('compact-deleted');
  });
});
