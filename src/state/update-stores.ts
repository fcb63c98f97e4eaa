// Where a Y.Doc's updates are kept. In the browser: y-indexeddb's database layout (one database
// per doc, an auto-numbered "updates" store and a "custom" one), so what earlier versions stored
// is read as it was. Read and written here rather than through y-indexeddb's IndexeddbPersistence:
// its constructor reads and applies every stored update on its own, unchecked, and a read that can
// fail (reported, retried) then read them all again (decoding a 5,000-document story twice after
// each reload); and it writes each update in a promise chain nobody awaits, so a refused write
// would pass unnoticed. Here one read applies them once and rejects when it fails, and writes
// settle with their transaction.
//
// The stored updates are read and applied a slice per task (about LOAD_SLICE_BYTES each): a
// 5,000-document story's 25 MB read and applied at once was one task of 0.6 s after each reload.
// A whole state is stored in parts of about a megabyte (state-parts) for the same reason; earlier
// versions stored it as one update, and a database says which way with FORMAT in its "custom" store.
// Compacting the stored updates into such a whole state happens in a worker (compaction-runner).
import * as Y from 'yjs';
import { commitAtOnce, CUSTOM, FORMAT_KEY, STORED_FORMAT, transactionDone, UPDATES } from '../worker/update-store-layout';
import { defaultCompactor, type Compactor } from './compaction-runner';

export interface UpdateStore {
  /** The origin of updates applied from storage (they need no writing back). */
  readonly origin: unknown;
  /** Opens the database; rejects when the browser refuses storage altogether. */
  open(): Promise<void>;
  /** Reads every stored update into the doc, in transactions of `origin` a slice per task; rejects when the read fails. */
  load(): Promise<void>;
  append(update: Uint8Array): Promise<void>;
  /** Stores a whole state, as the updates `parts` in order, and deletes every older update, in one transaction. */
  replaceAll(parts: readonly Uint8Array[]): Promise<void>;
  /**
   * Replaces the stored updates by the whole state they make, in parts, off the main thread, keeping
   * the updates stored meanwhile after them (or changes nothing, when another tab replaced them
   * first); rejects when it could not be done, nothing stored changed.
   */
  compact(): Promise<void>;
  /** How many updates are stored (after the last load or write). */
  readonly size: number;
  /**
   * The last load read an update of more than LOAD_SLICE_BYTES stored by an earlier version (which
   * stored a whole state as one update): storing the whole state again, in parts, keeps the next
   * load a slice per task. False once a whole state was stored by this version.
   */
  readonly outdated: boolean;
  close(): void;
}

/** Bytes of stored updates read and applied per task while loading (about 50 ms of decoding). */
export const LOAD_SLICE_BYTES = 2_000_000;
/** Updates read in the first slice, before any size is known: an import stores a slice of up to a megabyte per update. */
const FIRST_LOAD_COUNT = 2;

/**
 * Applies updates read from storage in one transaction of `origin`, with the doc's 'update'
 * listeners set aside: Yjs encodes every transaction's update again for them (0.4 s for a
 * 5,000-document story, and posting it to other tabs as much again), and none needs one read
 * from storage — storage holds it, and other tabs and a relay exchange what they lack once the
 * load is over (openPersistedDoc, story-sharing).
 */
export function applyStoredUpdates(doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown): void {
  const listeners = doc._observers.get('update');
  doc._observers.delete('update');
  try {
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update);
    }, origin, false);
  } finally {
    // A listener added while applying (by an observer) is kept with the others.
    const added = doc._observers.get('update');
    if (listeners) {
      for (const listener of added ?? []) listeners.add(listener);
      doc._observers.set('update', listeners);
    }
  }
}

/**
 * How many updates the next slice reads: about LOAD_SLICE_BYTES at the last slice's average size,
 * at most twice as many as the last (small edits may come before large imports).
 */
function nextLoadCount(count: number, updates: readonly Uint8Array[]): number {
  const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
  return Math.max(1, Math.min(count * 2, Math.floor((LOAD_SLICE_BYTES * updates.length) / Math.max(1, bytes))));
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
      // Stores only, no records: a write refused here (a full disk) aborts the upgrade, and the story
      // could not be opened at all, instead of its writes being reported and retried. A new
      // database's format mark goes with its first write (indexedDbUpdateStore).
      if (!db.objectStoreNames.contains(CUSTOM)) db.createObjectStore(CUSTOM);
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

export function indexedDbUpdateStore(name: string, doc: Y.Doc, compactor: Compactor = defaultCompactor): UpdateStore {
  const origin = Symbol(`stored in ${name}`);
  const opened = openDatabase(name);
  // A refusal is reported through open(); until then it must not count as unhandled.
  opened.catch(() => undefined);
  let closed = false;
  let size = 0;
  let outdated = false;
  /** The last load found the database empty and unmarked (new): it is written in this version's format from its first write on. */
  let markOnWrite = false;
  /** Writes what `fill` puts in the updates store, with the format mark when `marked` (or a new database's first write), in one transaction. */
  const write = async (fill: (store: IDBObjectStore) => void, marked = false) => {
    const transaction = (await opened).transaction([UPDATES, CUSTOM], 'readwrite');
    await commitAtOnce(transaction, transactionDone(transaction), () => {
      fill(transaction.objectStore(UPDATES));
      if (marked || markOnWrite) transaction.objectStore(CUSTOM).put(STORED_FORMAT, FORMAT_KEY);
    });
    markOnWrite = false;
  };
  return {
    origin,
    get size() {
      return size;
    },
    get outdated() {
      return outdated;
    },
    open: async () => {
      await opened;
    },
    // Each slice is read in a transaction of its own, in key order. Another tab writing meanwhile
    // loses nothing: it only appends (a higher key) or stores a whole state (a higher key) before
    // deleting the updates it covers, so whatever was deleted before it was read is read in that state.
    load: async () => {
      const db = await opened;
      let after: IDBValidKey | null = null;
      let count = FIRST_LOAD_COUNT;
      let read = 0;
      let format: unknown;
      let largest = 0;
      for (;;) {
        const transaction = db.transaction([UPDATES, CUSTOM], 'readonly');
        const store = transaction.objectStore(UPDATES);
        const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const formatRead: Promise<unknown> = after === null ? requestDone(transaction.objectStore(CUSTOM).get(FORMAT_KEY)) : Promise.resolve(format);
        const [keys, updates, formatStored]: [IDBValidKey[], Uint8Array[], unknown] = await Promise.all([
          requestDone(store.getAllKeys(range, count)),
          requestDone(store.getAll(range, count) as IDBRequest<Uint8Array[]>),
          formatRead,
        ]);
        if (closed) return;
        format = formatStored;
        applyStoredUpdates(doc, updates, origin);
        read += updates.length;
        for (const update of updates) largest = Math.max(largest, update.byteLength);
        const last: IDBValidKey | undefined = keys[keys.length - 1];
        if (updates.length < count || last === undefined) break;
        after = last;
        count = nextLoadCount(count, updates);
      }
      size = read;
      outdated = format !== STORED_FORMAT && largest > LOAD_SLICE_BYTES;
      markOnWrite = format !== STORED_FORMAT && read === 0;
    },
    append: async (update) => {
      await write((store) => store.add(update));
      size += 1;
    },
    replaceAll: async (parts) => {
      // Every request is issued at once, so the write can commit at once; in one read-write
      // transaction nothing comes between them.
      await write((store) => {
        store.clear();
        for (const part of parts) store.add(part);
      }, true);
      size = parts.length;
      outdated = false;
    },
    compact: async () => {
      const { compacted, stored } = await compactor(name);
      size = stored;
      if (compacted) {
        outdated = false;
        markOnWrite = false;
      }
    },
    close: () => {
      closed = true;
      void opened.then((db) => db.close(), () => undefined);
    },
  };
}
