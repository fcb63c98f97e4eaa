// Shared by the storage unit tests: an in-memory update store (one "database" per name, shared by
// simulated tabs) whose opens, reads and writes can be made to fail.
import * as Y from 'yjs';
import { encodeStateInParts } from '../worker/state-parts';
import { CUSTOM, FORMAT_KEY, UPDATES } from '../worker/update-store-layout';
import { applyStoredUpdates, type UpdateStore } from './update-stores';

export interface MemoryDatabases {
  updates: Map<string, Uint8Array[]>;
  faults: { refuseOpen: boolean; failReads: number; failWrites: boolean; failCompactions: number };
  writes: number;
  /** Compactions asked for, and whole states written by the page (replaceAll). */
  compactions: number;
  replacements: number;
  /** Writes wait for this (a slow disk); see holdWrites. */
  writesHeld: Promise<void>;
  /** Holds every write until the returned function is called. */
  holdWrites: () => () => void;
  /** Compactions wait for this between their read and their write (a worker encoding a large story). */
  compactionsHeld: Promise<void>;
  holdCompactions: () => () => void;
  factory: (name: string, doc: Y.Doc) => UpdateStore;
}

export function memoryDatabases(): MemoryDatabases {
  const hold = (gate: 'writesHeld' | 'compactionsHeld') => {
    let release = () => undefined as void;
    databases[gate] = new Promise<void>((resolve) => (release = resolve));
    return () => {
      databases[gate] = Promise.resolve();
      release();
    };
  };
  const databases: MemoryDatabases = {
    updates: new Map(),
    faults: { refuseOpen: false, failReads: 0, failWrites: false, failCompactions: 0 },
    writes: 0,
    compactions: 0,
    replacements: 0,
    writesHeld: Promise.resolve(),
    holdWrites: () => hold('writesHeld'),
    compactionsHeld: Promise.resolve(),
    holdCompactions: () => hold('compactionsHeld'),
    factory: (name, doc) => {
      const origin = Symbol(`storage ${name}`);
      let closed = false;
      let queue: Promise<void> = Promise.resolve();
      const list = () => databases.updates.get(name) ?? [];
      // Writes may overlap; like IndexedDB's transactions they apply in the order they began.
      const write = async (next: (stored: Uint8Array[]) => Uint8Array[]) => {
        const turn = queue.then(() => databases.writesHeld);
        queue = turn;
        await turn;
        databases.writes += 1;
        if (databases.faults.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        databases.updates.set(name, next(list()));
      };
      return {
        origin,
        get size() {
          return list().length;
        },
        outdated: false,
        open: async () => {
          if (databases.faults.refuseOpen) throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
        load: async () => {
          await Promise.resolve();
          if (databases.faults.failReads > 0) {
            databases.faults.failReads -= 1;
            throw new Error('the read was refused');
          }
          applyStoredUpdates(doc, list(), origin);
        },
        append: (update) => write((stored) => [...stored, update]),
        replaceAll: (parts) => {
          databases.replacements += 1;
          return write(() => [...parts]);
        },
        // As the worker does: reads the updates, encodes their whole state later, and replaces
        // exactly those it read, keeping what was appended meanwhile — unless they were replaced
        // first, or the page went (its worker with it) before the write.
        compact: async () => {
          databases.compactions += 1;
          const read = list();
          // The worker's encoding takes a while: the page's next edits are appended meanwhile.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await databases.compactionsHeld;
          const merged = new Y.Doc();
          for (const update of read) Y.applyUpdate(merged, update);
          const parts = encodeStateInParts(merged);
          await write((stored) => {
            if (closed || read.some((update, index) => stored[index] !== update)) return stored;
            if (databases.faults.failCompactions > 0) {
              databases.faults.failCompactions -= 1;
              throw new DOMException('Quota exceeded', 'QuotaExceededError');
            }
            return [...parts, ...stored.slice(read.length)];
          });
        },
        close: () => {
          closed = true;
        },
      };
    },
  };
  return databases;
}

/** A fresh doc holding exactly what the named database stores. */
export function storedDoc(databases: MemoryDatabases, name: string): Y.Doc {
  const doc = new Y.Doc();
  for (const update of databases.updates.get(name) ?? []) Y.applyUpdate(doc, update);
  return doc;
}

/** The updates stored in IndexedDB database `name` in key order, with their keys, and its stored format, read as they are. */
export async function storedRecords(name: string): Promise<{ keys: IDBValidKey[]; updates: Uint8Array[]; format: unknown }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = db.transaction([UPDATES, CUSTOM], 'readonly');
  const read = <T>(request: IDBRequest<T>) => new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
  const [keys, updates, format] = await Promise.all([
    read(transaction.objectStore(UPDATES).getAllKeys()),
    read(transaction.objectStore(UPDATES).getAll() as IDBRequest<Uint8Array[]>),
    read(transaction.objectStore(CUSTOM).get(FORMAT_KEY)),
  ]);
  db.close();
  return { keys, updates, format };
}

/** Lets pending promises, timers of 0 ms and BroadcastChannel messages run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

let testStories = 0;

/**
 * Makes a new empty story current in the app's stores (over fake-indexeddb), for UI tests that
 * drive the real stores.
 */
export async function startFreshStory(): Promise<string> {
  const { startWorkspace, selectStory } = await import('./current-story');
  const { registerStory, getStoryPersistence } = await import('./story-docs');
  await startWorkspace();
  const id = `test-${++testStories}`;
  registerStory({ id, name: `Test story ${testStories}`, kind: 'story' });
  await getStoryPersistence(id).whenReady;
  selectStory(id);
  return id;
}

/** localStorage as the browser has it, in memory. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}
