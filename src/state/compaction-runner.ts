// Runs a story's compaction (src/worker/compact-stored-updates.ts) in a worker of its own, started
// for it and ended after it: compactions come once per COMPACT_AFTER stored edits, and the worker's
// heap (a second copy of the story while it encodes) goes with it.
import { wrap } from 'comlink';
import type { CompactionOutcome } from '../worker/compact-stored-updates';
import type { CompactionWorkerApi } from '../worker/compaction.worker';

/** Compacts the updates stored in database `name`; rejects when that could not be done (nothing stored changed). */
export type Compactor = (name: string) => Promise<CompactionOutcome>;

export const compactInWorker: Compactor = async (name) => {
  const worker = new Worker(new URL('../worker/compaction.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-compaction' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(`the compaction failed: ${event.message || 'its worker could not be loaded'}`)));
  });
  try {
    return await Promise.race([wrap<CompactionWorkerApi>(worker).compactStoredUpdates(name), failed]);
  } finally {
    worker.terminate();
  }
};

/**
 * Node (the unit tests) has no Worker: there the same compaction runs in the calling thread,
 * imported on demand so that the page's first load does not carry it.
 */
export const defaultCompactor: Compactor =
  typeof Worker === 'function' ? compactInWorker : async (name) => (await import('../worker/compact-stored-updates')).compactStoredUpdates(name);
