// Shared by the claims unit tests: an in-memory storage whose writes can be made to fail, and a
// store wired to it with two small documents.
import type { StateStorage } from 'zustand/middleware';
import { createClaimsStore } from './claims-store-factory';

export const TEXTS: Record<string, string> = {
  a: 'Moscow invaded Ukraine in February 2021, the report says.',
  b: 'Russia invaded Ukraine last year, according to officials.',
};

export interface MemoryStorage extends StateStorage<Promise<void>> {
  items: Map<string, string>;
  /** How many of the next writes reject with `failWith`. */
  failNext: number;
  failWith: Error;
  writes: number;
}

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const storage: MemoryStorage = {
    items: new Map(Object.entries(initial)),
    failNext: 0,
    failWith: new Error('disk on fire'),
    writes: 0,
    getItem: async (name) => storage.items.get(name) ?? null,
    setItem: async (name, value) => {
      storage.writes += 1;
      if (storage.failNext > 0) {
        storage.failNext -= 1;
        throw storage.failWith;
      }
      storage.items.set(name, value);
    },
    removeItem: async (name) => {
      storage.items.delete(name);
    },
  };
  return storage;
}

export async function testStore(storage: MemoryStorage = memoryStorage(), texts: Record<string, string | undefined> = TEXTS) {
  let counter = 0;
  const store = createClaimsStore({
    name: 'claims-test',
    storage,
    documentText: (docId) => texts[docId],
    newId: () => `id-${++counter}`,
  });
  await store.persist.rehydrate();
  return store;
}

/** The persisted slice as the storage holds it. */
export function savedState(storage: MemoryStorage): { state: Record<string, unknown>; version: number } | null {
  const raw = storage.items.get('claims-test');
  return raw ? JSON.parse(raw) : null;
}
