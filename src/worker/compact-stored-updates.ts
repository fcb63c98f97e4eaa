// Compacts a story's stored updates off the main thread: in the worker, the updates are read,
// applied to a doc of the worker's own and encoded again as the whole state in parts (state-parts),
// which replace them. Encoding a 5,000-document story took the page a task of about 0.5 s, once
// every COMPACT_AFTER stored edits; here the page only sends the database's name.
//
// 1. Read every stored update and its key, in one read-only transaction (a consistent snapshot).
// 2. Apply them to a new doc and encode its state in parts — the long part, while the page keeps
//    appending edits with higher keys.
// 3. In one read-write transaction: if the updates up to the last key read are still all there
//    (keys only grow, so only a deletion — another tab's whole state or compaction — changes their
//    count), delete every update and add the parts, then the updates stored since the read, again
//    in their order; otherwise change nothing. Either the old updates or the parts are stored,
//    never neither: a tab closed before the transaction committed leaves the old ones.
//
// Every record added goes after every key that was there: a tab reading the story a slice at a
// time meanwhile (update-stores' load) finds, after the key it stopped at, all that was deleted.
import { promisifyRequest } from 'idb-keyval';
import * as Y from 'yjs';
import { encodeStateInParts } from './state-parts';
import { commitAtOnce, CUSTOM, FORMAT_KEY, STORED_FORMAT, transactionDone, UPDATES } from './update-store-layout';

export interface CompactionOutcome {
  /** False when there was nothing to compact, or another tab replaced the updates first. */
  compacted: boolean;
  /** How many updates the database holds after it. */
  stored: number;
}

/** Opens the database `name`, or gives null when it does not exist (it is not created). */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // A tab deleting the story must not wait on the compaction: its write then fails, harmlessly.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => (created ? resolve(null) : reject(request.error ?? new Error('the browser refused to open storage')));
  });
}

/** The whole state the updates make, in parts. */
function wholeStateInParts(updates: readonly Uint8Array[]): Uint8Array[] {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const parts = encodeStateInParts(doc);
  doc.destroy();
  return parts;
}

/** Replaces the `count` updates up to key `last` by `parts`, keeping the later ones after them (step 3). */
async function replaceRead(db: IDBDatabase, count: number, last: IDBValidKey, parts: readonly Uint8Array[]): Promise<CompactionOutcome> {
  const transaction = db.transaction([UPDATES, CUSTOM], 'readwrite');
  const done = transactionDone(transaction);
  const store = transaction.objectStore(UPDATES);
  const read = IDBKeyRange.upperBound(last);
  const [still, total, later] = await Promise.all([
    promisifyRequest(store.count(read)),
    promisifyRequest(store.count()),
    promisifyRequest(store.getAll(IDBKeyRange.lowerBound(last, true)) as IDBRequest<Uint8Array[]>),
  ]);
  if (still !== count) {
    transaction.abort();
    await done.catch(() => undefined);
    return { compacted: false, stored: total };
  }
  await commitAtOnce(transaction, done, () => {
    store.clear();
    for (const update of [...parts, ...later]) store.add(update);
    transaction.objectStore(CUSTOM).put(STORED_FORMAT, FORMAT_KEY);
  });
  return { compacted: true, stored: parts.length + later.length };
}

/** Compacts the updates stored in database `name` (see the steps above); rejects when the browser refuses, nothing stored changed. */
export async function compactStoredUpdates(name: string): Promise<CompactionOutcome> {
  const db = await openExisting(name);
  if (db === null) return { compacted: false, stored: 0 };
  try {
    const store = db.transaction(UPDATES, 'readonly').objectStore(UPDATES);
    const [keys, updates] = await Promise.all([promisifyRequest(store.getAllKeys()), promisifyRequest(store.getAll() as IDBRequest<Uint8Array[]>)]);
    const last = keys.at(-1);
    if (last === undefined) return { compacted: false, stored: 0 };
    return await replaceRead(db, keys.length, last, wholeStateInParts(updates));
  } finally {
    db.close();
  }
}
