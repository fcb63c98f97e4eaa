import { del, get, set } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';
import { describeStorageError, useStorageHealth } from './storage-health';

const OPERATION_VERBS = { read: 'read', write: 'save', delete: 'delete' } as const;

/**
 * A zustand persist StateStorage over IndexedDB (idb-keyval): localStorage's 5 MB would not hold
 * a library of articles. Reads rethrow so persist reports a failed hydration; writes never throw
 * (persist fires them without awaiting) but every failure is reported to useStorageHealth, and a
 * later success clears the warning.
 */
export function createIdbStorage(): StateStorage<Promise<void>> {
  const fail = (storeName: string, operation: 'read' | 'write' | 'delete', error: unknown) => {
    const message = `Could not ${OPERATION_VERBS[operation]} "${storeName}" in browser storage: ${describeStorageError(error)}.`;
    useStorageHealth.getState().reportProblem({ storeName, operation, message });
  };
  const ok = (storeName: string) => useStorageHealth.getState().clearProblem(storeName);
  return {
    async getItem(name) {
      try {
        const value = await get<string>(name);
        ok(name);
        return value ?? null;
      } catch (error) {
        fail(name, 'read', error);
        throw error;
      }
    },
    async setItem(name, value) {
      try {
        await set(name, value);
        ok(name);
      } catch (error) {
        fail(name, 'write', error);
      }
    },
    async removeItem(name) {
      try {
        await del(name);
        ok(name);
      } catch (error) {
        fail(name, 'delete', error);
      }
    },
  };
}
