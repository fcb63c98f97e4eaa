// How a story's updates are laid out in its IndexedDB database, shared by the page's update store
// (src/state/update-stores.ts) and the compaction worker: y-indexeddb's layout (an auto-numbered
// "updates" store and a "custom" one), so what earlier versions stored is read as it was, and the
// format mark this version adds, and how both write to it.
export const UPDATES = 'updates';
export const CUSTOM = 'custom';
/** The key of the stored format in the "custom" store; absent in what earlier versions stored. */
export const FORMAT_KEY = 'crosscheck-format';
/** 2: a whole state is stored in parts (state-parts). */
export const STORED_FORMAT = 2;

/** Settles when `transaction` completes; rejects, naming the refusal, when it fails or is aborted. */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('the browser refused the write'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the browser aborted the write'));
  });
}

/**
 * Issues `fill`'s requests in `transaction` and commits it at once: left to commit by itself, a
 * transaction waits for its requests' answers to reach the page first, and a tab reloaded or closed
 * in that gap lost the write (Chromium aborts what is not yet committing when the page goes).
 * Settles with `done` (the transaction's transactionDone); when issuing throws, aborts and rethrows.
 */
export async function commitAtOnce(transaction: IDBTransaction, done: Promise<void>, fill: () => void): Promise<void> {
  try {
    fill();
    transaction.commit();
  } catch (error) {
    transaction.abort();
    await done.catch(() => undefined);
    throw error;
  }
  await done;
}
