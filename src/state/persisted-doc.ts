// Keeps a Y.Doc in browser storage without ever losing or overwriting the analyst's work:
// - nothing is written before the stored copy was read (edits made meanwhile are written after);
// - a failed read is retried and, until it succeeds, nothing is written and `status` says so, so
//   callers never seed or migrate over data they could not see;
// - each edit is written at once, in its own transaction, even while an earlier write is still in
//   flight: an edit queued in memory behind a slow write was lost when the tab was reloaded or
//   closed before that write finished (IndexedDB orders the transactions, so overlapping is safe);
// - a failed write is retried with backoff by storing the whole state (which holds every edit made
//   since), and the problem is reported until a write succeeds;
// - a whole state (after a refused write) is stored in parts of bounded size, so the next load
//   still reads it a slice per task;
// - COMPACT_AFTER stored updates, or a stored copy an earlier version compacted into one large
//   update, are compacted into such parts in a worker (the store's `compact`), the page sending
//   only the database's name: encoding a 5,000-document story was a task of 0.5 s in the page.
//   Edits go on being appended meanwhile; the compaction replaces exactly the updates it read, in
//   one transaction, so a tab closed meanwhile leaves the old updates. A compaction that fails
//   changes nothing stored and is tried again with backoff; it is not reported, as every edit is
//   stored already;
// - when the browser refuses storage altogether, the doc works in memory and says so;
// - `saveState` tells whether every edit is stored, so the app can show it and guard closing;
// - `keepUnsaved` (on pagehide) puts the edits not yet stored into an unload backup, and the next
//   page applies them after reading the stored copy, so a reload during a slow write loses nothing.
import * as Y from 'yjs';
import { encodeStateInParts } from '../worker/state-parts';
import type { UnloadBackup } from './unload-backup';
import type { UpdateStore } from './update-stores';

export type PersistenceStatus = 'loading' | 'loaded' | 'read-failed' | 'unavailable';

/**
 * Whether this tab's edits are stored: 'saving' while an edit waits to be written or its write is
 * in flight (or a whole state is owed), 'failed' while writes are refused and retried (or storage is
 * unavailable and edits live in this tab only), 'saved' otherwise — also while the stored copy is
 * still being read or could not be read, as long as nothing was edited meanwhile.
 */
export type SaveState = 'saved' | 'saving' | 'failed';

export interface PersistenceProblem {
  operation: 'open' | 'read' | 'write';
  reason: unknown;
}

/** First retry soon (a transient lock clears fast), then back off so a full disk is not hammered. */
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 30_000;
/** From this many stored updates on, the whole state replaces them (as y-indexeddb does). */
export const COMPACT_AFTER = 500;

export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

export interface PersistedDoc {
  readonly status: PersistenceStatus;
  /** Settles once the stored copy was read, or storage turned out to be unavailable. */
  readonly whenReady: Promise<PersistenceStatus>;
  readonly saveState: SaveState;
  /** Reads (or writes) again now instead of waiting for the next retry. */
  retryNow(): void;
  /** The page is going: keeps the edits not yet stored in the unload backup. */
  keepUnsaved(): void;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface PersistOptions {
  /** Told about each problem, and null once everything is read and saved again. */
  onProblem: (problem: PersistenceProblem | null) => void;
  /** Overridable for tests; defaults to setTimeout. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** Where edits not yet stored are kept when the page goes (none: they are not kept). */
  backup?: UnloadBackup;
  /** Stored updates from which on they are compacted; COMPACT_AFTER unless a test says otherwise. */
  compactAfter?: number;
}

/** The origin of edits a page before this one kept in the unload backup. */
export const RESTORED_ORIGIN = Symbol('kept by an earlier page');

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export function persistDoc(doc: Y.Doc, store: UpdateStore, { onProblem, schedule = defaultSchedule, backup, compactAfter = COMPACT_AFTER }: PersistOptions): PersistedDoc {
  let status: PersistenceStatus = 'loading';
  /** Edits not yet handed to a write, numbered in the order they were made. */
  let pending: Array<[number, Uint8Array]> = [];
  /** Every edit not yet known to be stored, by number: what the unload backup keeps. */
  const unconfirmed = new Map<number, Uint8Array>();
  let edits = 0;
  /** Forgets what the unload backup restored, once the write holding it succeeded. */
  let restoredUpTo = 0;
  let forgetRestored: Array<() => void> = [];
  /** A write failed: the next write stores the whole state, which covers what was lost. */
  let needFullState = false;
  /** Writes started and not yet settled (they may overlap). */
  let inFlight = 0;
  /** The last write was refused and no whole state has been stored since. */
  let writeRefused = false;
  /** Storage is unavailable and the doc was edited: those edits live in this tab only. */
  let editedWithoutStorage = false;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  /** A compaction is running; failed ones, in a row, and the wait before the next. */
  let compacting = false;
  let compactionFailures = 0;
  let cancelCompactionRetry: (() => void) | null = null;
  let destroyed = false;
  const listeners = new Set<() => void>();
  let ready: (status: PersistenceStatus) => void = () => undefined;
  const whenReady = new Promise<PersistenceStatus>((resolve) => (ready = resolve));

  const changed = () => listeners.forEach((listener) => listener());
  const setStatus = (next: PersistenceStatus) => {
    status = next;
    changed();
  };

  const retryLater = (run: () => void) => {
    failures += 1;
    cancelRetry = schedule(() => {
      cancelRetry = null;
      run();
    }, retryDelay(failures));
  };

  async function flush(): Promise<void> {
    if (status !== 'loaded' || cancelRetry !== null || destroyed) return;
    if (pending.length === 0 && !needFullState) return;
    const batch = pending;
    pending = [];
    const full = needFullState;
    const coversUpTo = edits;
    needFullState = false;
    inFlight += 1;
    changed();
    try {
      if (full) await store.replaceAll(encodeStateInParts(doc));
      else await store.append(batch.length === 1 ? batch[0]![1] : Y.mergeUpdates(batch.map(([, update]) => update)));
      if (full) {
        for (const number of unconfirmed.keys()) if (number <= coversUpTo) unconfirmed.delete(number);
      } else {
        for (const [number] of batch) unconfirmed.delete(number);
      }
      if (restoredUpTo > 0 && ![...unconfirmed.keys()].some((number) => number <= restoredUpTo)) {
        forgetRestored.forEach((forget) => forget());
        forgetRestored = [];
        restoredUpTo = 0;
      }
      // Only a whole state covers what a refused write lost (an append made meanwhile does not).
      if (full && writeRefused && !needFullState) {
        writeRefused = false;
        failures = 0;
        onProblem(null);
      }
      compactIfDue();
    } catch (reason) {
      needFullState = true;
      writeRefused = true;
      onProblem({ operation: 'write', reason });
      if (cancelRetry === null) retryLater(() => void flush());
    } finally {
      inFlight -= 1;
      changed();
    }
  }

  function compactIfDue(): void {
    if (compacting || cancelCompactionRetry !== null || destroyed || status !== 'loaded') return;
    if (store.size < compactAfter && !store.outdated) return;
    compacting = true;
    store.compact().then(
      () => {
        compacting = false;
        compactionFailures = 0;
      },
      () => {
        compacting = false;
        compactionFailures += 1;
        cancelCompactionRetry = schedule(() => {
          cancelCompactionRetry = null;
          compactIfDue();
        }, retryDelay(compactionFailures));
      },
    );
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === store.origin || destroyed) return;
    if (status === 'unavailable') {
      editedWithoutStorage = true;
      changed();
      return;
    }
    edits += 1;
    unconfirmed.set(edits, update);
    pending.push([edits, update]);
    if (pending.length === 1) {
      changed();
      // The edits of one task go out together, still within the task that made them.
      queueMicrotask(() => void flush());
    }
  };
  doc.on('update', onUpdate);

  async function load(): Promise<void> {
    if (destroyed) return;
    try {
      await store.load();
    } catch (reason) {
      setStatus('read-failed');
      onProblem({ operation: 'read', reason });
      retryLater(() => void load());
      return;
    }
    if (failures > 0) onProblem(null);
    failures = 0;
    restoreKept();
    // Edits made while loading were held back; the whole state now covers them and what was read.
    const heldBack = pending.length > 0;
    needFullState = heldBack;
    pending = [];
    setStatus('loaded');
    ready('loaded');
    void flush();
    // Once stored, the whole state leaves nothing to compact; otherwise what was read may be due.
    if (!heldBack) compactIfDue();
  }

  /** Applies what earlier pages kept; a kept update that does not apply is left where it is. */
  function restoreKept(): void {
    const before = edits;
    for (const { update, forget } of backup?.restore() ?? []) {
      try {
        Y.applyUpdate(doc, update, RESTORED_ORIGIN);
      } catch {
        continue;
      }
      forgetRestored.push(forget);
    }
    // Kept edits already stored change nothing: there is no write to wait for.
    if (edits === before) {
      forgetRestored.forEach((forget) => forget());
      forgetRestored = [];
    } else restoredUpTo = edits;
  }

  store.open().then(
    () => void load(),
    (reason: unknown) => {
      editedWithoutStorage = pending.length > 0;
      pending = [];
      unconfirmed.clear();
      setStatus('unavailable');
      onProblem({ operation: 'open', reason });
      ready('unavailable');
    },
  );

  return {
    get status() {
      return status;
    },
    whenReady,
    get saveState(): SaveState {
      if (writeRefused || editedWithoutStorage || (status === 'read-failed' && pending.length > 0)) return 'failed';
      return pending.length > 0 || needFullState || inFlight > 0 ? 'saving' : 'saved';
    },
    keepUnsaved() {
      if (unconfirmed.size > 0) backup?.keep(Y.mergeUpdates([...unconfirmed.values()]));
    },
    retryNow() {
      if (cancelRetry === null) return;
      cancelRetry();
      cancelRetry = null;
      if (status === 'read-failed') void load();
      else void flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      cancelRetry?.();
      cancelCompactionRetry?.();
      doc.off('update', onUpdate);
      store.close();
    },
  };
}
