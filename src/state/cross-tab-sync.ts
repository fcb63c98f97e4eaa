import type { Mutate, StoreApi } from 'zustand';

type PersistedStore<S, P> = Mutate<StoreApi<S>, [['zustand/persist', P]]>;

interface SyncMessage {
  kind: 'state';
  /** The sender's partialized state: what it would write to storage. */
  state: unknown;
}

function shallowEqualRecords(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/**
 * Keeps tabs of one store in agreement. Each local change posts the persisted slice on a
 * BroadcastChannel; a receiving tab folds it in with the store's own persist `merge` (the same
 * function that reconciles storage on load). The payload travels with the message, rather than
 * "go and re-read storage", because two tabs writing at once would otherwise overwrite each
 * other's additions before either reads.
 *
 * Convergence relies on the store's merge returning `currentState` itself when the other tab's
 * state adds nothing newer: a tab that changed because of a merge posts its merged state once,
 * and the exchange stops when neither side learns anything.
 *
 * Returns a function that stops syncing.
 */
export function syncAcrossTabs<S, P>(store: PersistedStore<S, P>, channelName: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName);
  const options = store.persist.getOptions();
  const partialize: (state: S) => unknown = options.partialize ?? ((state: S) => state);
  const merge = options.merge;
  if (!merge) throw new Error(`syncAcrossTabs("${channelName}"): the store needs a persist merge function.`);

  let lastPosted: unknown = partialize(store.getState());
  const unsubscribe = store.subscribe((state) => {
    if (!store.persist.hasHydrated()) return;
    const slice = partialize(state);
    if (shallowEqualRecords(slice, lastPosted)) return;
    lastPosted = slice;
    channel.postMessage({ kind: 'state', state: slice } satisfies SyncMessage);
  });

  channel.onmessage = (event: MessageEvent<SyncMessage>) => {
    if (event.data?.kind !== 'state' || !store.persist.hasHydrated()) return;
    const current = store.getState();
    const merged = merge(event.data.state, current);
    if (merged !== current) store.setState(merged, true);
  };

  return () => {
    unsubscribe();
    channel.close();
  };
}
