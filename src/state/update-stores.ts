// Where a Y.Doc's updates are kept. In the browser: y-indexeddb's database layout (one database
// per doc, an auto-numbered "updates" store), read with y-indexeddb's own fetchUpdates. y-indexeddb
// writes each update in a promise chain nobody awaits, so a refused write would pass unnoticed:
// writes go through `append`/`replaceAll` here instead, whose promises settle with the transaction.
// Each write asks to commit as soon as its requests are issued: left to commit by itself, a
// transaction waits for its requests' answers to reach the page first, and a tab reloaded or closed
// in that gap lost the write (Chromium aborts what is not yet committing when the page goes).
import * as Y from 'yjs';
import { IndexeddbPersistence, fetchUpdates } from 'y-indexeddb';

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

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('the browser refused the write'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the browser aborted the write'));
  });
}

export function indexedDbUpdateStore(name: string, doc: Y.Doc): UpdateStore {
  const persistence = new IndexeddbPersistence(name, doc);
  // Writes are ours (checked); y-indexeddb's own writer would drop failures silently.
  doc.off('update', persistence._storeUpdate);
  let size = 0;
  const database = async (): Promise<IDBDatabase> => persistence.db ?? (await persistence._db);
  const write = async (fill: (store: IDBObjectStore) => void) => {
    const transaction = (await database()).transaction('updates', 'readwrite');
    const done = transactionDone(transaction);
    try {
      fill(transaction.objectStore('updates'));
      transaction.commit();
    } catch (error) {
      transaction.abort();
      void done.catch(() => undefined);
      throw error;
    }
    await done;
  };
  return {
    origin: persistence,
    get size() {
      return size;
    },
    open: async () => {
      await persistence._db;
    },
    load: async () => {
      await database();
      await fetchUpdates(persistence);
      size = persistence._dbsize;
    },
    append: async (update) => {
      await write((store) => store.add(update));
      size += 1;
    },
    replaceAll: async (state) => {
      // One transaction: the older updates go only if the state that covers them is stored.
      await write((store) => {
        store.clear();
        store.add(state);
      });
      size = 1;
    },
    close: () => void persistence.destroy().catch(() => undefined),
  };
}
