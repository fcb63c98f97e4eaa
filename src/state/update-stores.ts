// Where a Y.Doc's updates are kept. In the browser: y-indexeddb's database layout (one database
// per doc, an auto-numbered "updates" store and a "custom" one), so what earlier versions stored
// is read as it was. Read and written here rather than through y-indexeddb's IndexeddbPersistence:
// its constructor reads and applies every stored update on its own, unchecked, and a read that can
// fail (reported, retried) then read them all again (decoding a 5,000-document story twice after
// each reload); and it writes each update in a promise chain nobody awaits, so a refused write
// would pass unnoticed. Here one read applies them once and rejects when it fails, and writes
// settle with their transaction.
import * as Y from 'yjs';

export interface UpdateStore {
  /** The origin of updates applied from storage (they need no writing back). */
  readonly origin: unknown;
  /** Opens the database; rejects when the browser refuses storage altogether. */
  open(): Promise<void>;
  /** Reads every stored update into the doc; rejects when the read fails. */
  load(): Promise<void>;
  append(update: Uint8Array): Promise<void>;
  /** Stores `state` and deletes every older update, in one transaction. */
  replaceAll(state: Uint8Array): Promise<void>;
  /** How many updates are stored (after the last load or write). */
  readonly size: number;
  close(): void;
}

const UPDATES = 'updates';

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('the browser refused the write'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the browser aborted the write'));
  });
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the browser refused the read'));
  });
}

/** Opens (or creates, with y-indexeddb's stores) the database `name`. */
function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(UPDATES)) db.createObjectStore(UPDATES, { autoIncrement: true });
      if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom');
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting or upgrading the database must not wait on this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('the browser refused to open storage'));
  });
}

export function indexedDbUpdateStore(name: string, doc: Y.Doc): UpdateStore {
  const origin = Symbol(`stored in ${name}`);
  const opened = openDatabase(name);
  // A refusal is reported through open(); until then it must not count as unhandled.
  opened.catch(() => undefined);
  let closed = false;
  let size = 0;
  const write = async (fill: (store: IDBObjectStore) => void) => {
    const transaction = (await opened).transaction(UPDATES, 'readwrite');
    const done = transactionDone(transaction);
    try {
      fill(transaction.objectStore(UPDATES));
    } catch (error) {
      transaction.abort();
      void done.catch(() => undefined);
      throw error;
    }
    await done;
  };
  return {
    origin,
    get size() {
      return size;
    },
    open: async () => {
      await opened;
    },
    load: async () => {
      const store = (await opened).transaction(UPDATES, 'readonly').objectStore(UPDATES);
      const [updates, count] = await Promise.all([requestDone(store.getAll()), requestDone(store.count())]);
      if (closed) return;
      Y.transact(doc, () => {
        for (const update of updates as Uint8Array[]) Y.applyUpdate(doc, update);
      }, origin, false);
      size = count;
    },
    append: async (update) => {
      await write((store) => store.add(update));
      size += 1;
    },
    replaceAll: async (state) => {
      await write((store) => {
        const added = store.add(state);
        added.onsuccess = () => store.delete(IDBKeyRange.upperBound(added.result, true));
      });
      size = 1;
    },
    close: () => {
      closed = true;
      void opened.then((db) => db.close(), () => undefined);
    },
  };
}
