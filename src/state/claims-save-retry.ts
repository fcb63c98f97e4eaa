// Claims are the analyst's own work: a failed write (quota, private mode, a blocked database)
// must neither lose them nor go unnoticed. This storage keeps the latest unsaved value, reports
// the failure, and retries with backoff until a write succeeds.
import type { StateStorage } from 'zustand/middleware';
import { describeStorageError } from './storage-health';

/** First retry soon (a transient lock clears fast), then back off so a full disk is not hammered. */
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 30_000;

export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

export interface SaveRetryOptions {
  /** Told the reason when a write fails, and null once a write succeeds again. */
  onProblem: (reason: string | null) => void;
  /** Writes wait until release(): a write before the saved copy is read would overwrite it. */
  held?: boolean;
}

export interface RetryingStorage extends StateStorage<Promise<void>> {
  release: () => void;
  /** True while a value is waiting to be written (failed or not yet attempted). */
  hasUnsavedChanges: () => boolean;
}

export function withSaveRetry(inner: StateStorage<unknown>, { onProblem, held = false }: SaveRetryOptions): RetryingStorage {
  const unsaved = new Map<string, string>();
  let holding = held;
  let writing = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;

  async function drain(): Promise<void> {
    if (holding || writing || retryTimer !== null) return;
    writing = true;
    try {
      for (let next = unsaved.entries().next(); !next.done; next = unsaved.entries().next()) {
        const [name, value] = next.value;
        unsaved.delete(name);
        try {
          await inner.setItem(name, value);
        } catch (error) {
          // A newer value written meanwhile supersedes the one that failed.
          if (!unsaved.has(name)) unsaved.set(name, value);
          failures += 1;
          onProblem(describeStorageError(error));
          retryTimer = setTimeout(() => {
            retryTimer = null;
            void drain();
          }, retryDelay(failures));
          return;
        }
      }
      if (failures > 0) {
        failures = 0;
        onProblem(null);
      }
    } finally {
      writing = false;
    }
  }

  return {
    getItem: (name) => inner.getItem(name),
    async setItem(name, value) {
      unsaved.set(name, value);
      await drain();
    },
    async removeItem(name) {
      unsaved.delete(name);
      await inner.removeItem(name);
    },
    release() {
      holding = false;
      void drain();
    },
    hasUnsavedChanges: () => unsaved.size > 0 || writing,
  };
}
